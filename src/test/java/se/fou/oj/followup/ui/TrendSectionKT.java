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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.followup.TrendFixture;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;

/** "Did it move?" on the follow-up page: the table over the years, the chart, the sentence FoU may reword. */
class TrendSectionKT extends KaribuTest {

    private static final String EB13 = "Andelen kommuner med aktuell överenskommelse om samverkan mellan Primärvård och"
            + " Ekonomiskt bistånd har ökat från 37,5 % (2018) till ";

    @Autowired
    RegionService regionService;

    @Autowired
    CycleService cycleService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    AnalysisFixture analysis;

    private static void open(long areaId) {
        UI.getCurrent().navigate(FollowUpView.class, new RouteParameters(FollowUpView.AREA_ID, String.valueOf(areaId)));
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String code) {
        return _get(Grid.class, s -> s.withId("follow-up-trend-" + code));
    }

    @Test
    void fouSeesTheTrendAndRewordsTheSentenceAContactSeesOnlyPublishedRegionalFigures() {
        TrendFixture.ThreeYears years = TrendFixture.threeYears(regionService, cycleService, resultsService, analysis);
        long areaId = years.area().id();
        login("fou");
        open(areaId);

        Grid<Object> eb13 = grid("EB13");
        assertThat(eb13.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Kommun", "2018", "2019 (beslut)", "2020");
        assertThat(GridKt._size(eb13)).as("eight municipalities and the region").isEqualTo(9);
        assertThat(GridKt._getFormattedRow(eb13, 0)).containsExactly("Ekerö", "NEJ", "JA", "JA");
        assertThat(GridKt._getFormattedRow(eb13, 8)).containsExactly("Regionens snitt", "37,5 %", "50 %", "62,5 %");
        assertThat(_get(Component.class, s -> s.withId("trend-chart-EB13-svg")).getElement().getProperty("innerHTML"))
                .contains(">beslut</text>", ">37,5 %</text>", ">62,5 %</text>", ">2019</text>");
        assertThat(text("trend-sentence-EB13")).isEqualTo(EB13 + "62,5 % (2020).");

        _click(_get(Button.class, s -> s.withId("edit-trend-sentence-EB13")));
        _setValue(_get(TextArea.class, s -> s.withId("trend-sentence-text")), "Andelen har ökat till 63 %.");
        _click(_get(Button.class, s -> s.withId("trend-sentence-save")));
        assertThat(text("trend-sentence-EB13")).isEqualTo("Andelen har ökat till 63 %.");
        assertThat(text("trend-sentence-flag-EB13")).isEqualTo("Stämmer kanske inte med siffrorna");
        _click(_get(Button.class, s -> s.withId("edit-trend-sentence-EB13")));
        _setValue(_get(TextArea.class, s -> s.withId("trend-sentence-text")), "Andelen har ökat till 62,5 %.");
        _click(_get(Button.class, s -> s.withId("trend-sentence-save")));
        assertThat(text("trend-sentence-EB13")).isEqualTo("Andelen har ökat till 62,5 %.");
        assertThat(text("trend-sentence-flag-EB13")).isEqualTo("Redigerad");

        // 2018 and 2019 published, 2020 not: a contact sees her own 2020 answer and no 2020 regional figure
        SystemActor.run(() -> {
            cycleService.publishResults(years.y2018().id());
            cycleService.publishResults(years.y2019().id());
        });
        login("ekero");
        open(areaId);
        eb13 = grid("EB13");
        assertThat(GridKt._getFormattedRow(eb13, 0)).containsExactly("Ekerö", "NEJ", "JA", "JA");
        assertThat(GridKt._getFormattedRow(eb13, 1)).containsExactly("Järfälla", "NEJ", "NEJ", "–");
        assertThat(GridKt._getFormattedRow(eb13, 8)).containsExactly("Regionens snitt", "37,5 %", "50 %", "–");
        assertThat(text("trend-sentence-EB13")).as("FoU's wording speaks of 2020, which she may not see yet")
                .isEqualTo(EB13 + "50 % (2019).");
        assertThat(_find(Button.class, s -> s.withId("edit-trend-sentence-EB13"))).isEmpty();
        assertThat(_find(Component.class, s -> s.withId("trend-sentence-flag-EB13"))).isEmpty();
    }
}
