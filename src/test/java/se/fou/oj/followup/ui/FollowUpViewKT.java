package se.fou.oj.followup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.IndicatorMovement;

/** The demo's follow-up on screen: FoU sees who has answered and writes the report; a contact reads it and answers. */
class FollowUpViewKT extends KaribuTest {

    @Autowired
    DecisionService decisionService;

    @Autowired
    FollowUpService followUpService;

    private long demoArea() {
        return SystemActor.call(() -> decisionService.improvementAreas(testData.demoCycle().id()).get(0).developmentAreaId());
    }

    private void open(long areaId) {
        UI.getCurrent().navigate(FollowUpView.class, new RouteParameters(FollowUpView.AREA_ID, String.valueOf(areaId)));
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void fouFollowsUpTheDemoAreaAndAContactReadsIt() {
        long areaId = demoArea();
        FollowUp demo = SystemActor.call(() -> followUpService.followUps(areaId).get(0));
        login("fou");
        open(areaId);
        assertThat(text("follow-up-request-" + demo.id())).startsWith("3 av 8 kommuner har skickat in · sista dag 2019-09-10");
        @SuppressWarnings("unchecked")
        Grid<IndicatorMovement> indicators = _get(Grid.class, s -> s.withId("follow-up-indicators"));
        assertThat(GridKt._getFormattedRow(indicators, 0)).startsWith("EB13",
                "Aktuell överenskommelse om samverkan mellan Primärvård och Ekonomiskt bistånd", "37,5 %", "50 %", "+12,5 pe ↑");
        // The demo's 2019 results are the later year
        assertThat(_find(Component.class, s -> s.withId("follow-up-no-later-results"))).isEmpty();
        // The demo's first milestone is reached; FoU marks the second
        assertThat(text("milestone-0")).contains("2019-03-31 Överenskommelser med primärvården i varje kommun", "Uppnått 2019-04-02");
        _click(_get(Button.class, s -> s.withId("mark-milestone-1")));
        _get(DatePicker.class, s -> s.withId("milestone-reached-on")).setValue(LocalDate.of(2019, 9, 24));
        _setValue(_get(TextField.class, s -> s.withId("milestone-note")), "Hölls i Upplands Väsby.");
        _click(_get(Button.class, s -> s.withId("milestone-save")));
        assertThat(text("milestone-1")).contains("Första uppföljningsmötet", "Uppnått 2019-09-24");
        assertThat(text("milestone-note-1")).isEqualTo("Hölls i Upplands Väsby.");
        _click(_get(Button.class, s -> s.withId("mark-milestone-1")));
        assertThat(text("milestone-1")).contains("Datum passerat");
        _setValue(_get(TextArea.class, s -> s.withId("follow-up-" + demo.id() + "-CONCLUSIONS")), "Samverkan lönar sig.");
        assertThat(SystemActor.call(() -> followUpService.followUp(demo.id())).sections())
                .containsEntry(FollowUp.Section.CONCLUSIONS, "Samverkan lönar sig.");

        _click(_get(Button.class, s -> s.withId("new-follow-up")));
        _click(_get(Button.class, s -> s.withId("follow-up-save")));
        assertThat(text("follow-up-errors")).contains("Ge uppföljningen en rubrik.", "Skriv vad uppföljningen omfattar.");
        _setValue(_get(TextField.class, s -> s.withId("follow-up-title")), "Uppföljning 2 – våren 2020");
        _setValue(_get(TextArea.class, s -> s.withId("follow-up-covers")), "Andelen gemensamma planeringar.");
        _get(DatePicker.class, s -> s.withId("follow-up-deadline")).setValue(LocalDate.of(2030, 3, 1));
        _click(_get(Button.class, s -> s.withId("follow-up-save")));
        assertThat(_find(Component.class, s -> s.withId("follow-up-form"))).isEmpty();
        // The demo has its own second follow-up (autumn 2020); this is the one just made
        FollowUp second = SystemActor.call(() -> followUpService.followUps(areaId).stream()
                .filter(f -> f.title().equals("Uppföljning 2 – våren 2020")).reduce((a, b) -> b).orElseThrow());
        assertThat(text("follow-up-request-" + second.id())).startsWith("0 av 8 kommuner har skickat in · sista dag 2030-03-01");

        login("ekero");
        open(areaId);
        assertThat(_find(Button.class, s -> s.withId("new-follow-up"))).isEmpty();
        assertThat(_find(TextArea.class)).as("a contact reads the report").isEmpty();
        assertThat(text("follow-up-" + demo.id() + "-CONCLUSIONS")).isEqualTo("Samverkan lönar sig.");
        assertThat(_get(Anchor.class, s -> s.withId("follow-up-request-link-" + second.id())).getHref())
                .isEqualTo("requests/" + second.requestId() + "/submissions/0125");
        assertThat(text("follow-up-view")).contains("Alla kommuner: Tar fram rutin för samverkan med primärvård och vuxenpsykiatri Ert ansvar");
    }
}
