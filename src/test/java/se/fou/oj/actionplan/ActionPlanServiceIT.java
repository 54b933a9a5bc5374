package se.fou.oj.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.ValidationException;
import se.fou.oj.developmentarea.DevelopmentArea;

/**
 * The municipalities' action plans: seeded from the decided plan's split of responsibility, progress per municipality
 * and for the region as computed by hand, overdue by a fixed clock, who may edit and who approves.
 */
class ActionPlanServiceIT extends IntegrationTest {

    @Autowired
    ActionPlanService service;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private static ActionPlan of(List<ActionPlan> plans, String municipality) {
        return plans.stream().filter(p -> municipality == null ? p.regionPlan() : municipality.equals(p.municipalityName()))
                .findFirst().orElseThrow();
    }

    private static Activity activity(ActionPlan plan, String what) {
        return plan.activities().stream().filter(a -> a.what().equals(what)).findFirst().orElseThrow();
    }

    private static ActivityDraft draft(Activity a, ActivityStatus status, LocalDate dueOn, String reason) {
        return new ActivityDraft(a.what(), a.responsiblePerson(), a.startsOn(), dueOn, status, reason);
    }

    @Test
    void theDecisionLaysOutEachMunicipalitysPlanFromItsRowsAndFouGetsTheFouRows() {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        loginAs("ekero");
        List<ActionPlan> plans = service.plans(area.id());
        int municipalities = jdbc.queryForObject("select count(*) from municipality where active", Integer.class);
        assertThat(plans).hasSize(municipalities + 1);
        assertThat(plans.get(0).municipalityName()).as("the contact's own municipality first").isEqualTo("Ekerö");
        assertThat(plans.get(plans.size() - 1).regionPlan()).as("the region's/FoU's plan last").isTrue();
        assertThat(of(plans, "Ekerö").activities()).extracting(Activity::what)
                .containsExactly(DecidedAreas.EKERO_FIRST, DecidedAreas.ALL, DecidedAreas.EKERO_SECOND);
        assertThat(of(plans, "Järfälla").activities()).extracting(Activity::what)
                .containsExactly(DecidedAreas.JARFALLA, DecidedAreas.ALL);
        assertThat(of(plans, "Sigtuna").activities()).extracting(Activity::what).containsExactly(DecidedAreas.ALL);
        assertThat(of(plans, null).activities()).extracting(Activity::what).containsExactly(DecidedAreas.FOU);
        Activity seeded = of(plans, "Ekerö").activities().get(0);
        assertThat(seeded.fromDecidedPlan()).isTrue();
        assertThat(seeded.status()).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(seeded.startsOn()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(seeded.dueOn()).isEqualTo(LocalDate.of(2021, 12, 31));

        // Seeding again (a later visit, start-up) adds nothing
        service.ensurePlans(area.id());
        loginAs("fou");
        service.ensureAllPlans();
        assertThat(service.plans(area.id()).stream().mapToInt(p -> p.activities().size()).sum())
                .isEqualTo(plans.stream().mapToInt(p -> p.activities().size()).sum());
    }

    @Test
    void progressPerMunicipalityAndForTheRegionMatchesTheHandCountAndOverdueFollowsTheClock() {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        clock.set(LocalDateTime.of(2021, 3, 15, 12, 0));
        loginAs("fou");
        List<ActionPlan> plans = service.plans(area.id());
        // Everybody but Ekerö, Järfälla and Sigtuna drops the shared row, so they have nothing to count
        plans.stream().filter(p -> !p.regionPlan() && !List.of("Ekerö", "Järfälla", "Sigtuna").contains(p.municipalityName()))
                .forEach(p -> service.updateActivity(p.activities().get(0).id(), draft(p.activities().get(0),
                        ActivityStatus.DROPPED, LocalDate.of(2020, 1, 1), "Görs redan")));
        // Ekerö: 1 of 3 done, one ongoing and due two weeks ago (overdue), one without due date
        ActionPlan ekero = of(plans, "Ekerö");
        service.updateActivity(activity(ekero, DecidedAreas.EKERO_FIRST).id(),
                draft(activity(ekero, DecidedAreas.EKERO_FIRST), ActivityStatus.DONE, LocalDate.of(2021, 2, 1), null));
        service.updateActivity(activity(ekero, DecidedAreas.EKERO_SECOND).id(),
                draft(activity(ekero, DecidedAreas.EKERO_SECOND), ActivityStatus.ONGOING, LocalDate.of(2021, 3, 1), null));
        service.updateActivity(activity(ekero, DecidedAreas.ALL).id(),
                draft(activity(ekero, DecidedAreas.ALL), ActivityStatus.NOT_STARTED, null, null));
        // Järfälla: 2 of 2 done, one of them long past its due date (done is never late)
        ActionPlan jarfalla = of(plans, "Järfälla");
        jarfalla.activities().forEach(a -> service.updateActivity(a.id(), draft(a, ActivityStatus.DONE, LocalDate.of(2021, 1, 1), null)));
        // Sigtuna: 0 of 1, due today (not yet late)
        Activity sigtuna = of(plans, "Sigtuna").activities().get(0);
        service.updateActivity(sigtuna.id(), draft(sigtuna, ActivityStatus.PAUSED, LocalDate.of(2021, 3, 15), null));
        // FoU's own: paused and due in February: overdue
        Activity fou = of(plans, null).activities().get(0);
        service.updateActivity(fou.id(), draft(fou, ActivityStatus.PAUSED, LocalDate.of(2021, 2, 1), null));

        loginAs("ekero");
        AreaProgress progress = service.progressOfAreas(List.of(area.id())).get(area.id());
        Map<String, Progress> byName = progress.municipalities().stream().collect(Collectors.toMap(
                AreaProgress.MunicipalityProgress::municipalityName, AreaProgress.MunicipalityProgress::progress));
        assertThat(progress.municipalities().get(0).municipalityName()).isEqualTo("Ekerö");
        assertThat(byName.get("Ekerö")).isEqualTo(new Progress(1, 3, 1, new BigDecimal("33.3")));
        assertThat(byName.get("Ekerö").display()).isEqualTo("33,3 %");
        assertThat(byName.get("Järfälla")).isEqualTo(new Progress(2, 2, 0, new BigDecimal("100")));
        assertThat(byName.get("Sigtuna")).isEqualTo(new Progress(0, 1, 0, new BigDecimal("0")));
        assertThat(byName.get("Solna")).isEqualTo(new Progress(0, 0, 0, null));
        // (1/3 + 2/2 + 0/1) / 3 = 44,44… %: the municipalities with something to count, each once
        assertThat(progress.regionShare()).isEqualByComparingTo("44.4");
        assertThat(progress.regionDisplay()).isEqualTo("44,4 %");
        assertThat(progress.leftOut()).contains("Solna").doesNotContain("Ekerö", "Järfälla", "Sigtuna");
        assertThat(progress.regionPlan()).isEqualTo(new Progress(0, 1, 1, new BigDecimal("0")));
        assertThat(progress.overdue()).isEqualTo(2);

        assertThat(service.overdueActivities(List.of(area.id()))).extracting(Activity::what, Activity::municipalityName)
                .containsExactly(tuple(DecidedAreas.EKERO_SECOND, "Ekerö"),
                        tuple(DecidedAreas.FOU, null));
        // A day later Sigtuna's paused activity is late too
        clock.set(LocalDateTime.of(2021, 3, 16, 8, 0));
        assertThat(service.overdueActivities(List.of(area.id()))).extracting(Activity::municipalityName).contains("Sigtuna");
        assertThat(service.progressOfAreas(List.of(area.id(), -1L)).get(-1L)).isEqualTo(AreaProgress.none(-1L));
    }

    @Test
    void aContactEditsOnlyHerOwnMunicipalitysPlanAndFouTheRegionsAndAnyMunicipalitys() {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        loginAs("ekero");
        List<ActionPlan> plans = service.plans(area.id());
        ActionPlan ekero = of(plans, "Ekerö");
        ActionPlan jarfalla = of(plans, "Järfälla");
        ActionPlan region = of(plans, null);
        ActivityDraft newOne = new ActivityDraft("Ta fram en checklista", "Eva Kontaktperson", LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 6, 30), null, null);

        Activity added = service.addActivity(ekero.id(), newOne);
        assertThat(added.status()).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(added.fromDecidedPlan()).isFalse();
        assertThat(service.mayEdit(ekero)).isTrue();
        assertThat(service.mayEdit(jarfalla)).isFalse();
        assertThat(service.mayEdit(region)).isFalse();
        assertThatThrownBy(() -> service.addActivity(jarfalla.id(), newOne)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addActivity(region.id(), newOne)).isInstanceOf(AccessDeniedException.class);
        Activity theirs = jarfalla.activities().get(0);
        assertThatThrownBy(() -> service.updateActivity(theirs.id(), draft(theirs, ActivityStatus.DONE, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addNote(theirs.id(), null, "Klart")).isInstanceOf(AccessDeniedException.class);

        Activity noted = service.addNote(added.id(), LocalDate.of(2020, 2, 10), "Första utkastet klart.");
        assertThat(noted.notes()).extracting(Note::note, Note::notedBy).containsExactly(
                tuple("Första utkastet klart.", "Eva Kontaktperson"));
        assertThatThrownBy(() -> service.updateActivity(added.id(), new ActivityDraft(" ", null, LocalDate.of(2020, 3, 1),
                LocalDate.of(2020, 2, 1), ActivityStatus.DROPPED, null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Skriv vad som ska göras.").hasMessageContaining("Slutdatumet kan inte vara före startdatumet.")
                .hasMessageContaining("Skriv varför aktiviteten avbröts.");
        assertThatThrownBy(() -> service.addNote(added.id(), LocalDate.now(clock).plusDays(1), "Senare"))
                .isInstanceOf(ValidationException.class);

        loginAs("socialchef-ekero");
        assertThatThrownBy(() -> service.addActivity(ekero.id(), newOne)).as("the social chief approves, not edits")
                .isInstanceOf(AccessDeniedException.class);

        loginAs("fou");
        assertThat(service.addActivity(region.id(), newOne).municipalityId()).isNull();
        Activity helped = service.updateActivity(theirs.id(), draft(theirs, ActivityStatus.DROPPED, null, "Ersatt av rutinen"));
        assertThat(helped.status()).isEqualTo(ActivityStatus.DROPPED);
        assertThat(helped.dropReason()).isEqualTo("Ersatt av rutinen");
        // The notes are a history: a second note is added beside the first
        loginAs("ekero");
        service.addNote(added.id(), null, "Checklistan används.");
        assertThat(service.plan(ekero.id()).activities().stream().filter(a -> a.id() == added.id()).findFirst().orElseThrow()
                .notes()).hasSize(2);
    }

    @Test
    void theSocialChiefApprovesHerOwnMunicipalitysPlanAndALaterChangeShows() {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        loginAs("fou");
        List<ActionPlan> plans = service.plans(area.id());
        ActionPlan ekero = of(plans, "Ekerö");
        assertThatThrownBy(() -> service.approve(ekero.id())).isInstanceOf(AccessDeniedException.class);
        loginAs("ekero");
        assertThatThrownBy(() -> service.approve(ekero.id())).isInstanceOf(AccessDeniedException.class);
        loginAs("socialchef");
        assertThat(service.mayApprove(ekero)).isFalse();
        assertThatThrownBy(() -> service.approve(ekero.id())).as("Sigtuna's chief").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.approve(of(plans, null).id())).isInstanceOf(AccessDeniedException.class);

        clock.set(LocalDateTime.of(2020, 2, 3, 10, 0));
        loginAs("socialchef-ekero");
        assertThat(service.mayApprove(ekero)).isTrue();
        ActionPlan approved = service.approve(ekero.id());
        assertThat(approved.approvedBy()).isEqualTo("Elin Socialchef");
        assertThat(approved.approvedAt()).isEqualTo(LocalDateTime.of(2020, 2, 3, 10, 0));
        assertThat(approved.changedSinceApproval()).isFalse();

        clock.set(LocalDateTime.of(2020, 2, 4, 10, 0));
        loginAs("ekero");
        Activity first = approved.activities().get(0);
        service.updateActivity(first.id(), draft(first, ActivityStatus.ONGOING, first.dueOn(), null));
        ActionPlan changed = service.plan(ekero.id());
        assertThat(changed.approvedBy()).as("the approval is kept").isEqualTo("Elin Socialchef");
        assertThat(changed.changedSinceApproval()).isTrue();
        assertThat(of(service.plans(area.id()), "Järfälla").approved()).isFalse();
    }
}
