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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.StatisticsScenario;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.SubmissionService;

/**
 * The statistics of a follow-up on screen: the form starts from the original request's table, and each follow-up's
 * card shows its figures beside the original's as the reader may see them.
 */
class FollowUpStatisticsKT extends KaribuTest {

    @Autowired
    FollowUpService followUpService;

    @Autowired
    RequestService requestService;

    @Autowired
    SubmissionService submissionService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    AnalysisFixture fixture;

    private static void open(long areaId) {
        UI.getCurrent().navigate(FollowUpView.class, new RouteParameters(FollowUpView.AREA_ID, String.valueOf(areaId)));
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static List<String> gridRows(String id) {
        Grid<Object> grid = _get(Grid.class, s -> s.withId(id));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i))).toList();
    }

    private void fillAndSave(String title) {
        _setValue(_get(TextField.class, s -> s.withId("follow-up-title")), title);
        _setValue(_get(TextArea.class, s -> s.withId("follow-up-covers")), "Om rutinen används.");
        _get(DatePicker.class, s -> s.withId("follow-up-deadline")).setValue(LocalDate.of(2030, 3, 1));
        _click(_get(Button.class, s -> s.withId("follow-up-save")));
    }

    private StatisticsTable tableOfNewest(long areaId) {
        return SystemActor.call(() -> {
            List<FollowUp> followUps = followUpService.followUps(areaId);
            return requestService.request(followUps.get(followUps.size() - 1).requestId()).statistics();
        });
    }

    @Test
    void fouStartsFromTheOriginalTableAndSeesTheFiguresSideBySide() {
        StatisticsScenario s = StatisticsScenario.create(testData, resultsService, fixture, requestService,
                submissionService, followUpService);
        login("fou");
        open(s.area().id());
        String id = String.valueOf(s.followUp().id());
        assertThat(gridRows("follow-up-statistics-grid-" + id)).containsExactly(
                "Ekerö | 021 Sjukskriven med läkarintyg | 7 (35 %) → 9 (45 %) | 3 (33 %) → 4 (40 %) | 4 (36 %) → 5 (50 %)",
                "Ekerö | 022 Väntar på ersättning | 3 (15 %) → 1 (5 %) | 1 (11 %) → 0 | 2 (18 %) → 1 (10 %)",
                "Järfälla | 021 Sjukskriven med läkarintyg | 2 (50 %) → 4 (50 %) | 1 (50 %) → 2 (50 %) | 1 (50 %) → 2 (50 %)",
                "Järfälla | 022 Väntar på ersättning | 2 (50 %) → 0 | 1 (50 %) → 0 | 1 (50 %) → 0",
                "Solna | 021 Sjukskriven med läkarintyg | 5 (50 %) → saknas | 5 (100 %) → saknas | 0 → saknas",
                "Solna | 022 Väntar på ersättning | 0 → saknas | 0 → saknas | 0 → saknas");
        assertThat(text("follow-up-statistics-lead-" + id))
                .isEqualTo("Varje ruta visar antal (andel) i ”Klienter med ohälsa” → i ”Uppföljning 1”. Andelen räknas i varje tabell för sig.");
        assertThat(text("follow-up-statistics-not-comparable-" + id)).contains(
                "Rader som inte kan jämföras: 031 (bara i det ursprungliga utskicket).",
                "Rader som inte kan jämföras: 041 (bara i uppföljningen).",
                "Kolumner som inte kan jämföras: Ålder: Yngre än 29 år, Ålder: 29 år eller äldre");

        _click(_get(Button.class, b -> b.withId("new-follow-up")));
        Checkbox withStatistics = _get(Checkbox.class, b -> b.withId("follow-up-with-statistics"));
        TextArea rows = _get(TextArea.class, b -> b.withId("follow-up-statistics-rows"));
        assertThat(withStatistics.getValue()).as("the original had a table").isTrue();
        assertThat(withStatistics.getHelperText()).startsWith("Tabellen från det ursprungliga utskicket");
        assertThat(rows.getValue()).isEqualTo(StatisticsScenario.ORIGINAL_ROWS);
        assertThat(_get(TextArea.class, b -> b.withId("follow-up-statistics-breakdowns")).getValue()).isEqualTo("Kön: Män, Kvinnor");
        _setValue(rows, "021 Sjukskriven med läkarintyg\n051 Annat");
        fillAndSave("Uppföljning 2");
        assertThat(_find(Component.class, b -> b.withId("follow-up-form"))).isEmpty();
        assertThat(tableOfNewest(s.area().id()).rows()).containsExactly("021", "051");
        FollowUp second = SystemActor.call(() -> followUpService.followUps(s.area().id()).get(1));
        assertThat(gridRows("follow-up-statistics-grid-" + second.id())).as("nobody has answered the new follow-up yet")
                .startsWith("Ekerö | 021 Sjukskriven med läkarintyg | 7 (35 %) → saknas | 3 (33 %) → saknas | 4 (36 %) → saknas")
                .hasSize(3);
        assertThat(text("follow-up-statistics-not-comparable-" + second.id())).startsWith(
                "Rader som inte kan jämföras: 022, 031 (bara i det ursprungliga utskicket). "
                        + "Rader som inte kan jämföras: 051 (bara i uppföljningen).");
    }

    @Test
    void aContactSeesHerOwnFiguresOnlyUntilPublished() {
        StatisticsScenario s = StatisticsScenario.create(testData, resultsService, fixture, requestService,
                submissionService, followUpService);
        login("ekero");
        open(s.area().id());
        String id = String.valueOf(s.followUp().id());
        assertThat(gridRows("follow-up-statistics-grid-" + id)).containsExactly(
                "Ekerö | 021 Sjukskriven med läkarintyg | 7 (35 %) → 9 (45 %) | 3 (33 %) → 4 (40 %) | 4 (36 %) → 5 (50 %)",
                "Ekerö | 022 Väntar på ersättning | 3 (15 %) → 1 (5 %) | 1 (11 %) → 0 | 2 (18 %) → 1 (10 %)");
        assertThat(text("follow-up-statistics-visibility-" + id))
                .isEqualTo("Andra kommuners siffror visas här när FoU har publicerat svaren.");
    }

    @Test
    void withoutAnOriginalTableTheFormStartsWithoutOne() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        DevelopmentArea area = fixture.decidedArea(cycle, List.of("EB13"),
                List.of(new Plan.Milestone(LocalDate.of(2030, 6, 30), "Slut")));
        login("fou");
        open(area.id());
        _click(_get(Button.class, b -> b.withId("new-follow-up")));
        assertThat(_get(Checkbox.class, b -> b.withId("follow-up-with-statistics")).getValue()).isFalse();
        assertThat(_find(TextArea.class, b -> b.withId("follow-up-statistics-rows"))).as("hidden until ticked").isEmpty();
        fillAndSave("Uppföljning 1");
        assertThat(tableOfNewest(area.id())).isNull();

        _click(_get(Button.class, b -> b.withId("new-follow-up")));
        _setValue(_get(Checkbox.class, b -> b.withId("follow-up-with-statistics")), true);
        assertThat(_get(TextArea.class, b -> b.withId("follow-up-statistics-rows")).getValue())
                .as("the cause codes as an example").startsWith("021 Sjukskriven med läkarintyg, otillräcklig ersättning");
        fillAndSave("Uppföljning 2");
        assertThat(tableOfNewest(area.id()).rows()).containsExactly("021", "022", "023", "031", "032");
    }
}
