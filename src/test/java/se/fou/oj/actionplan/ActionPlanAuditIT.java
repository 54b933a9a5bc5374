package se.fou.oj.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditFilter;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.developmentarea.DevelopmentArea;

/** A changed action plan in the audit log: each changed field of an activity before and after, in the same change. */
class ActionPlanAuditIT extends IntegrationTest {

    @Autowired
    ActionPlanService service;

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationContext context;

    @Test
    void aChangedActivityShowsWhatResponsibleDatesStatusAndReasonBeforeAndAfter() {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        loginAs("ekero");
        ActionPlan ekero = service.plans(area.id()).stream().filter(p -> "Ekerö".equals(p.municipalityName()))
                .findFirst().orElseThrow();
        Activity activity = ekero.activities().stream().filter(a -> a.what().equals(DecidedAreas.EKERO_FIRST))
                .findFirst().orElseThrow();

        service.updateActivity(activity.id(), new ActivityDraft("Kartlägg alla klienter med ohälsa", "Eva Ekerö",
                activity.startsOn(), LocalDate.of(2021, 6, 30), ActivityStatus.DROPPED, "Ersätts av en regional kartläggning"));
        // The same again changes nothing and records nothing
        service.updateActivity(activity.id(), new ActivityDraft("Kartlägg alla klienter med ohälsa", "Eva Ekerö",
                activity.startsOn(), LocalDate.of(2021, 6, 30), ActivityStatus.DROPPED, "Ersätts av en regional kartläggning"));

        loginAs("fou");
        List<AuditEntry> entries = audit.page(new AuditFilter(null, "actionActivity", String.valueOf(activity.id()), null,
                null, null), 0, 10);
        assertThat(entries).hasSize(1);
        AuditEntry edit = entries.get(0);
        assertThat(edit.action()).isEqualTo("EDIT");
        assertThat(edit.actor()).isEqualTo("ekero");
        assertThat(edit.subject()).isEqualTo("Samverkan kring ohälsa – Ekerö");
        assertThat(edit.changes()).containsExactly(
                new AuditChanges.Change("what", DecidedAreas.EKERO_FIRST, "Kartlägg alla klienter med ohälsa", null, false),
                new AuditChanges.Change("responsiblePerson", activity.responsiblePerson(), "Eva Ekerö", null, false),
                new AuditChanges.Change("dueOn", "2021-12-31", "2021-06-30", null, false),
                new AuditChanges.Change("status", "NOT_STARTED", "DROPPED", "actionPlan.status.", false),
                new AuditChanges.Change("dropReason", null, "Ersätts av en regional kartläggning", null, false));
    }
}
