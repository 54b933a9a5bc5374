package se.fou.oj.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

class ResultsViewKT extends KaribuTest {

    @Autowired
    ResultsService resultsService;

    private static void open(Cycle cycle) {
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters(ResultsView.CYCLE_ID, String.valueOf(cycle.id())));
    }

    /** The code column shows the code as a button that opens the agreed reading. */
    private static String code(Grid<IndicatorRow> grid, int row) {
        return ((Button) GridKt._getCellComponent(grid, row, "code")).getText();
    }

    @SuppressWarnings("unchecked")
    /** The average column of an indicator's row, as the screen formats it. */
    private static String average(List<Grid<IndicatorRow>> grids, String code) {
        for (Grid<IndicatorRow> grid : grids) {
            for (int i = 0; i < GridKt._size(grid); i++) {
                if (code(grid, i).equals(code)) {
                    return GridKt._getFormatted(grid, i, "average");
                }
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static List<Grid<IndicatorRow>> grids() {
        return _find(Grid.class, spec -> spec.withId("result-grid-1")).isEmpty() ? List.of()
                : (List<Grid<IndicatorRow>>) (List<?>) _find(Grid.class).stream()
                        .filter(g -> g.getId().orElse("").startsWith("result-grid-")).toList();
    }

    @Test
    void fouSeesAll35IndicatorsWithRegionalAverageStockholmAndRiket() {
        login("fou");
        open(testData.demoCycle());
        assertThat(_get(H2.class, s -> s.withId("results-title")).getText())
                .isEqualTo("Resultat Ekonomiskt bistånd 2018");
        List<Grid<IndicatorRow>> grids = grids();
        assertThat(grids).hasSize(11);
        assertThat(grids.stream().mapToInt(GridKt::_size).sum()).isEqualTo(35);

        Grid<IndicatorRow> first = grids.get(0);
        assertThat(code(first, 1)).isEqualTo("EB02");
        assertThat(GridKt._getFormatted(first, 1, "average")).isEqualTo("75 %");
        assertThat(GridKt._getFormatted(first, 1, "u-STOCKHOLM")).isEqualTo("57 %");
        assertThat(GridKt._getFormatted(first, 1, "u-RIKET")).isEqualTo("33 %");
        assertThat(((Span) GridKt._getCellComponent(first, 1, "m-0125")).getText()).isEqualTo("NEJ");
        assertThat(((Span) GridKt._getCellComponent(first, 1, "m-0114")).getText()).isEqualTo("DELVIS");
        assertThat(first.getColumns()).extracting(c -> c.getKey()).containsExactly("code", "text", "m-0125", "m-0123",
                "m-0191", "m-0163", "m-0184", "m-0183", "m-0139", "m-0114", "average", "u-STOCKHOLM", "u-RIKET");

        // EB15 "JA, MED VISSA" counts: 3 of 8
        Grid<IndicatorRow> eb15Table = grids.stream().filter(g -> code(g, 0).equals("EB11"))
                .findFirst().orElseThrow();
        assertThat(code(eb15Table, 4)).isEqualTo("EB15");
        assertThat(GridKt._getFormatted(eb15Table, 4, "average")).isEqualTo("37,5 %");
        // As the published compilation prints them: 5 of 8 and 3 of 8, with the decimal comma
        assertThat(average(grids, "EB08")).isEqualTo("62,5 %");
        assertThat(average(grids, "EB13")).isEqualTo("37,5 %");
        assertThat(average(grids, "EB10")).isEqualTo("87,5 %");
        assertThat(average(grids, "EB22")).isEqualTo("12,5 %");

        List<Paragraph> rules = _find(Paragraph.class, s -> s.withClasses("counting-rule"));
        assertThat(rules).hasSize(11);
        assertThat(rules.get(0).getText()).startsWith("Snitt = andel av regionens kommuner vars svar räknas som uppfyllt");
    }

    @Test
    void municipalContactSeesOnlyOwnColumnBeforePublication() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        login("ekero");
        open(cycle);
        assertThat(_get(Paragraph.class, s -> s.withId("results-own-only")).getText()).startsWith("Du ser Ekerös svar.");
        Grid<IndicatorRow> first = grids().get(0);
        assertThat(first.getColumns()).extracting(c -> c.getKey())
                .containsExactly("code", "text", "m-0125", "u-STOCKHOLM", "u-RIKET");
        _assertNone(Paragraph.class, s -> s.withClasses("counting-rule"));
        _assertNone(Button.class, s -> s.withId("open-import"));
        _assertNone(Button.class, s -> s.withId("publish-results"));
    }

    @Test
    void withAnEarlierYearEveryAnswerShowsItsChangeAndTheRegionItsPercentagePoints() {
        TestData.TwoYears years = testData.twoYears();
        login("fou");
        open(years.later());
        List<Grid<IndicatorRow>> grids = grids();
        Grid<IndicatorRow> first = grids.get(0);
        assertThat(first.getColumns()).extracting(c -> c.getKey()).containsExactly("code", "text", "m-0125", "m-0123",
                "m-0191", "m-0163", "m-0184", "m-0183", "m-0139", "m-0114", "average", "change", "u-STOCKHOLM", "u-RIKET");
        assertThat(first.getColumnByKey("change").getHeaderText()).isEqualTo("Förändring sedan 2017");
        assertThat(GridKt._getFormatted(first, 0, "change")).isEqualTo("±0 pe");
        assertThat(code(first, 1)).isEqualTo("EB02");
        assertThat(GridKt._getFormatted(first, 1, "change")).isEqualTo("−12,5 pe");

        // Ekerö's EB02 went from JA to NEJ: a down arrow, and the tooltip says so
        Span ekero = (Span) GridKt._getCellComponent(first, 1, "m-0125");
        assertThat(ekero.getId()).hasValue("change-EB02-0125");
        assertThat(ekero.getElement().getTextRecursively()).isEqualTo("NEJ↓");
        assertThat(first.getColumnByKey("m-0125").getTooltipGenerator().apply(first.getListDataView().getItem(1)))
                .isEqualTo("Ekerö: NEJ · Sämre än 2017: JA → NEJ");
        // Järfälla answered JA both years: no mark
        assertThat(((Span) GridKt._getCellComponent(first, 1, "m-0123")).getText()).isEqualTo("JA");
        assertThat(first.getColumnByKey("m-0123").getTooltipGenerator().apply(first.getListDataView().getItem(1)))
                .isEqualTo("Järfälla: JA");

        // Sigtuna's EB13 went from NEJ to JA
        Grid<IndicatorRow> eb13Table = grids.get(3);
        assertThat(code(eb13Table, 2)).isEqualTo("EB13");
        Span sigtuna = (Span) GridKt._getCellComponent(eb13Table, 2, "m-0191");
        assertThat(sigtuna.getElement().getTextRecursively()).isEqualTo("JA↑");
        assertThat(sigtuna.getChildren().skip(1).findFirst().orElseThrow().getElement().getAttribute("aria-label"))
                .isEqualTo("Bättre än 2017: NEJ → JA");
        assertThat(GridKt._getFormatted(eb13Table, 2, "change")).isEqualTo("+12,5 pe");

        assertThat(_get(Paragraph.class, s -> s.withId("change-note-1")).getText())
                .startsWith("Förändring jämfört med 2017: ↑ bättre, ↓ sämre för kommunen");
        _assertOne(Anchor.class, s -> s.withId("export-xlsx"));

        // The earlier year has nothing to compare with
        open(years.earlier());
        assertThat(grids().get(0).getColumnByKey("change")).isNull();
        _assertNone(Paragraph.class, s -> s.withId("change-note-1"));
    }

    @Test
    void aMunicipalContactSeesTheirOwnChangeButNoRegionalChangeBeforePublication() {
        TestData.TwoYears years = testData.twoYears();
        login("ekero");
        open(years.later());
        Grid<IndicatorRow> first = grids().get(0);
        assertThat(first.getColumns()).extracting(c -> c.getKey())
                .containsExactly("code", "text", "m-0125", "u-STOCKHOLM", "u-RIKET");
        assertThat(GridKt._getCellComponent(first, 1, "m-0125").getElement().getTextRecursively()).isEqualTo("NEJ↓");
        assertThat(_get(Paragraph.class, s -> s.withId("change-note-1")).getText())
                .isEqualTo("Förändring jämfört med 2017: ↑ bättre, ↓ sämre än kommunens svar 2017.");
    }

    @Test
    void fouImportsAFileThroughTheDialogAndPublishes() {
        Cycle cycle = testData.newCycle();
        login("fou");
        open(cycle);
        assertThat(_get(Paragraph.class, s -> s.withId("results-empty")).getText()).isEqualTo("Cykeln har inga resultat ännu.");

        _click(_get(Button.class, s -> s.withId("open-import")));
        Upload upload = _get(Upload.class, s -> s.withId("import-upload"));
        UploadKt._upload(upload, "fel.csv", "text/csv",
                TestData.ojCsv(cycle.areaName()).replace(";Solna;", ";Täby;").getBytes(StandardCharsets.UTF_8));
        // The import's error list (the page's navigation lists hold links, not text of their own)
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).filter(t -> !t.isEmpty()))
                .containsExactly("Rad 1, kolumn 10: Okänd kommun eller jämförelseenhet ”Täby”.");
        Button confirm = _get(Button.class, s -> s.withId("import-confirm"));
        assertThat(confirm.isEnabled()).isFalse();

        UploadKt._upload(upload, "oj.csv", "text/csv", TestData.ojCsvBytes(cycle.areaName()));
        assertThat(_get(Span.class, s -> s.withId("import-preview")).getText()).startsWith("Filen är korrekt: 35 indikatorer i 11 tabeller");
        _click(confirm);
        assertThat(grids().stream().mapToInt(GridKt::_size).sum()).isEqualTo(35);

        // A second import warns that it replaces what is there
        _click(_get(Button.class, s -> s.withId("open-import")));
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-upload")), "oj.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TestData.ojXlsx(cycle.areaName()));
        _assertOne(Span.class, s -> s.withId("import-replace-warning"));
        assertThat(_get(Button.class, s -> s.withId("import-confirm")).getText()).isEqualTo("Ersätt befintliga resultat");
        _click(_get(Button.class, s -> s.withId("import-confirm")));

        _click(_get(Button.class, s -> s.withId("publish-results")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, s -> s.withId("results-status")).getText()).contains("publicerade för kommunerna");
        _assertNone(Button.class, s -> s.withId("publish-results"));
    }

    @Test
    void unknownCycleShowsNotFound() {
        login("fou");
        UI.getCurrent().navigate("cycles/999999/results");
        assertThat(_get(Paragraph.class, s -> s.withId("not-found-text")).getText()).isEqualTo("Cykeln 999999 finns inte.");
    }
}
