package se.fou.oj.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.compilation.ui.CompilationView;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ui.ResultsView;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.submission.ui.CompiledAnswersView;
import se.fou.oj.submission.ui.SubmissionView;

/** The screens obey the authorization matrix's rules through the same services: the two leaks of issue 9. */
class ScreensObeyTheMatrixKT extends KaribuTest {

    @Autowired
    CycleService cycleService;
    @Autowired
    SubmissionService submissionService;

    @Autowired
    RequestService requestService;

    @SuppressWarnings("unchecked")
    private static List<Grid<IndicatorRow>> resultGrids() {
        return (List<Grid<IndicatorRow>>) (List<?>) _find(Grid.class).stream()
                .filter(g -> g.getId().orElse("").startsWith("result-grid-")).toList();
    }

    /** The text and values of every component on the screen. */
    private static String everythingShown() {
        return _find(Component.class).stream()
                .map(c -> c.getElement().getText() + " " + Objects.toString(c.getElement().getProperty("value"), "")
                        + " " + Objects.toString(c.getElement().getProperty("label"), ""))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aContactOnThePublishedYearSeesNoOtherMunicipalitysChangeFromAnUnpublishedYear() {
        TestData.TwoYears years = testData.twoYears();
        SystemActor.run(() -> cycleService.publishResults(years.later().id()));
        login("ekero");
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters(ResultsView.CYCLE_ID, String.valueOf(years.later().id())));
        List<Grid<IndicatorRow>> grids = resultGrids();
        Grid<IndicatorRow> first = grids.get(0);
        // 2018 is published: every municipality and the average; 2017 is not: no change column
        assertThat(first.getColumns()).extracting(Grid.Column::getKey).containsExactly("code", "text", "m-0125", "m-0123",
                "m-0191", "m-0163", "m-0184", "m-0183", "m-0139", "m-0114", "average", "u-STOCKHOLM", "u-RIKET");
        // Her own EB02 went from JA to NEJ; Sigtuna's EB13 went from NEJ to JA, which is not hers to know
        assertThat(GridKt._getCellComponent(first, 1, "m-0125").getElement().getTextRecursively()).isEqualTo("NEJ↓");
        Grid<IndicatorRow> eb13Table = grids.get(3);
        assertThat(GridKt._getCellComponent(eb13Table, 2, "m-0191").getElement().getTextRecursively()).isEqualTo("JA");
        assertThat(eb13Table.getColumnByKey("m-0191").getTooltipGenerator().apply(eb13Table.getListDataView().getItem(2)))
                .isEqualTo("Sigtuna: JA");
        assertThat(_get(Paragraph.class, s -> s.withId("change-note-1")).getText())
                .isEqualTo("Förändring jämfört med 2017: ↑ bättre, ↓ sämre än kommunens svar 2017.");

        // FoU sees the region's change on the same screen
        login("fou");
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters(ResultsView.CYCLE_ID, String.valueOf(years.later().id())));
        assertThat(GridKt._getFormatted(resultGrids().get(0), 1, "change")).isEqualTo("−12,5 pe");

        // ... but the compilation, which every municipality will read, says nothing of 2017 and FoU is told why
        UI.getCurrent().navigate(CompilationView.class, new RouteParameters(CompilationView.CYCLE_ID, String.valueOf(years.later().id())));
        assertThat(_get(Paragraph.class, s -> s.withId("compilation-previous-unpublished")).getText())
                .startsWith("Jämförelsen med 2017 finns inte med i sammanställningen");
        assertThat(_get(Paragraph.class, s -> s.withId("sentence-EB02")).getElement().getTextRecursively())
                .startsWith("EB02: Samtliga kommuner utom Ekerö och Upplands Väsby").doesNotContain("2017");
        SystemActor.run(() -> cycleService.publishResults(years.earlier().id()));
        UI.getCurrent().navigate(CompilationView.class, new RouteParameters(CompilationView.CYCLE_ID, String.valueOf(years.later().id())));
        _assertNone(Paragraph.class, s -> s.withId("compilation-previous-unpublished"));
        assertThat(_get(Paragraph.class, s -> s.withId("sentence-EB02")).getElement().getTextRecursively())
                .contains("Jämfört med 2017 har snittet minskat med 12,5 procentenheter.");
    }

    @Test
    void aSocialChiefSeesTheStatusOfADraftButNeverItsText() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Utkast",
                null, List.of("Vad vet vi?"), LocalDate.now().plusDays(7), null)));
        long question = request.questions().get(0).id();
        SystemActor.callAs((AppUserPrincipal) userDetailsService.loadUserByUsername("ekero"), () ->
                submissionService.saveDraft(request.id(), "0125", 0, Map.of(question, "Ekerös hemliga utkast.")));
        SystemActor.callAs((AppUserPrincipal) userDetailsService.loadUserByUsername("jarfalla"), () ->
                submissionService.submit(request.id(), "0123", 0, Map.of(question, "Järfällas inskickade svar.")));

        login("socialchef");
        UI.getCurrent().navigate(SubmissionView.class, new RouteParameters(
                new RouteParam(SubmissionView.REQUEST_ID, String.valueOf(request.id())),
                new RouteParam(SubmissionView.MUNICIPALITY, "0125")));
        assertThat(_get(Paragraph.class, s -> s.withId("submission-status")).getText()).startsWith("Utkast");
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).getValue()).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("submission-withheld")).getText())
                .isEqualTo("Svaret är inte inskickat. Texten och siffrorna visas när kommunen har skickat in det.");
        assertThat(everythingShown()).contains("Vad vet vi?").doesNotContain("hemliga");

        // A submitted answer the chief reads in full
        UI.getCurrent().navigate(SubmissionView.class, new RouteParameters(
                new RouteParam(SubmissionView.REQUEST_ID, String.valueOf(request.id())),
                new RouteParam(SubmissionView.MUNICIPALITY, "0123")));
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).getValue()).isEqualTo("Järfällas inskickade svar.");
        _assertNone(Paragraph.class, s -> s.withId("submission-withheld"));

        // The compiled answers say the same
        UI.getCurrent().navigate(CompiledAnswersView.class, new RouteParameters(
                new RouteParam(CompiledAnswersView.REQUEST_ID, String.valueOf(request.id()))));
        assertThat(_get(Paragraph.class, s -> s.withId("answer-1-Järfälla")).getElement().getTextRecursively())
                .isEqualTo("Järfälla: Järfällas inskickade svar.");
        assertThat(_get(Paragraph.class, s -> s.withId("answer-1-Ekerö")).getElement().getTextRecursively())
                .isEqualTo("Ekerö: Utkast");
        assertThat(everythingShown()).doesNotContain("hemliga");
    }
}
