package se.fou.oj.actionplan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fou.oj.KaribuTest;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanRoutes;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.ActivityStatus;
import se.fou.oj.actionplan.DecidedAreas;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.developmentarea.DevelopmentArea;

/** The action plans on screen: each reader sees edit controls only where she may edit, the social chief approves. */
class ActionPlanViewKT extends KaribuTest {

    @Autowired
    ActionPlanService service;

    @Autowired
    ApplicationContext context;

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private static boolean shown(String id) {
        return !_find(Component.class, s -> s.withId(id)).isEmpty();
    }

    private static ActionPlan of(List<ActionPlan> plans, String municipality) {
        return plans.stream().filter(p -> municipality == null ? p.regionPlan() : municipality.equals(p.municipalityName()))
                .findFirst().orElseThrow();
    }

    @Test
    void aContactEditsOnlyHerOwnPlanAndTheSocialChiefApprovesIt() {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        List<ActionPlan> plans = SystemActor.call(() -> service.plans(area.id()));
        ActionPlan ekero = of(plans, "Ekerö");
        ActionPlan jarfalla = of(plans, "Järfälla");
        ActionPlan region = of(plans, null);

        clock.set(LocalDateTime.of(2020, 2, 1, 10, 0));
        login("ekero");
        UI.getCurrent().navigate(ActionPlanRoutes.actionPlans(area.id()));
        assertThat(_get(ActionPlanView.class).getPageTitle()).startsWith("Samverkan kring ohälsa");
        assertThat(text("progress-" + ekero.municipalityId())).contains("Ekerö", "0 av 3 klara – 0 %");
        assertThat(text("approval-" + ekero.id())).isEqualTo("Inte godkänd av socialchefen än");
        assertThat(shown("add-activity-" + ekero.id())).isTrue();
        assertThat(shown("edit-activity-" + ekero.activities().get(0).id())).isTrue();
        assertThat(shown("add-activity-" + jarfalla.id())).isFalse();
        assertThat(shown("edit-activity-" + jarfalla.activities().get(0).id())).isFalse();
        assertThat(shown("add-activity-" + region.id())).isFalse();
        assertThat(_find(Button.class, s -> s.withId("approve-" + ekero.id()))).isEmpty();

        // She marks the first activity done and adds one; an empty form is refused with the reason
        _click(_get(Button.class, s -> s.withId("edit-activity-" + ekero.activities().get(0).id())));
        @SuppressWarnings("unchecked")
        Select<ActivityStatus> status = _get(Select.class, s -> s.withId("activity-status"));
        status.setValue(ActivityStatus.DONE);
        _click(_get(Button.class, s -> s.withId("activity-save")));
        assertThat(text("activity-status-" + ekero.activities().get(0).id())).isEqualTo("Klar");
        assertThat(text("progress-" + ekero.municipalityId())).contains("1 av 3 klara – 33,3 %");
        _click(_get(Button.class, s -> s.withId("add-activity-" + ekero.id())));
        _click(_get(Button.class, s -> s.withId("activity-save")));
        assertThat(text("activity-errors")).contains("Skriv vad som ska göras.");
        _setValue(_get(TextArea.class, s -> s.withId("activity-what")), "Ta fram en checklista");
        _setValue(_get(TextField.class, s -> s.withId("activity-person")), "Eva Kontaktperson");
        _click(_get(Button.class, s -> s.withId("activity-save")));
        assertThat(text("action-plan-" + ekero.id())).contains("Ta fram en checklista", "Eva Kontaktperson");
        assertThat(text("progress-" + ekero.municipalityId())).contains("1 av 4 klara – 25 %");
        // A note on the activity, kept as its history
        _click(_get(Button.class, s -> s.withId("notes-" + ekero.activities().get(0).id())));
        _setValue(_get(TextArea.class, s -> s.withId("note-text")), "Kartläggningen visar 40 klienter.");
        _click(_get(Button.class, s -> s.withId("note-save")));
        _click(_get(Button.class, s -> s.withId("notes-" + ekero.activities().get(0).id())));
        assertThat(text("notes-list")).contains("Eva Kontaktperson – Kartläggningen visar 40 klienter.");
        _get(Dialog.class, s -> s.withId("notes-dialog")).close();
        // The notes of another municipality's activity she reads, but adds none
        _click(_get(Button.class, s -> s.withId("notes-" + jarfalla.activities().get(0).id())));
        assertThat(_find(Button.class, s -> s.withId("note-save"))).isEmpty();

        clock.set(LocalDateTime.of(2020, 2, 3, 10, 0));
        login("socialchef-ekero");
        UI.getCurrent().navigate(ActionPlanRoutes.actionPlans(area.id()));
        assertThat(_find(Button.class, s -> s.withId("add-activity-" + ekero.id()))).as("the chief approves, not edits").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("approve-" + jarfalla.id()))).isEmpty();
        _click(_get(Button.class, s -> s.withId("approve-" + ekero.id())));
        assertThat(text("approval-" + ekero.id())).isEqualTo("Godkänd av Elin Socialchef 2020-02-03");

        clock.set(LocalDateTime.of(2020, 2, 4, 10, 0));
        login("fou");
        UI.getCurrent().navigate(ActionPlanRoutes.actionPlans(area.id()));
        assertThat(shown("add-activity-" + region.id())).isTrue();
        assertThat(shown("add-activity-" + jarfalla.id())).as("FoU helps any municipality").isTrue();
        assertThat(_find(Button.class, s -> s.withId("approve-" + ekero.id()))).isEmpty();
        _click(_get(Button.class, s -> s.withId("edit-activity-" + ekero.activities().get(1).id())));
        _get(Select.class, s -> s.withId("activity-status")).setValue(ActivityStatus.ONGOING);
        _click(_get(Button.class, s -> s.withId("activity-save")));
        assertThat(text("approval-" + ekero.id())).isEqualTo("Godkänd av Elin Socialchef 2020-02-03 ändrad efter godkännandet");
    }

    @Test
    void theFollowUpLinksToThePlans() {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        login("jarfalla");
        UI.getCurrent().navigate("improvement-areas/" + area.id() + "/follow-up");
        Anchor link = _get(Anchor.class, s -> s.withId("action-plans-link"));
        assertThat(link.getHref()).isEqualTo("improvement-areas/" + area.id() + "/action-plans");
        UI.getCurrent().navigate(link.getHref());
        assertThat(_find(ActionPlanView.class)).hasSize(1);
        assertThat(text("action-plan-view")).contains("Handlingsplaner: Samverkan kring ohälsa", "Regionen och FoU");
    }
}
