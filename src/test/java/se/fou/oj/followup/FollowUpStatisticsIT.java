package se.fou.oj.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/**
 * Follow-up requests carry statistics tables like any request, and a follow-up's figures stand beside the same rows
 * of the area's original request, per municipality, as the reader may see them. Shares computed by hand from
 * {@link StatisticsScenario}: e.g. Ekerö's 021 of all clients, 7 of 20 = 35 % then, 9 of 20 = 45 % now.
 */
class FollowUpStatisticsIT extends IntegrationTest {

    @Autowired
    FollowUpService followUpService;

    @Autowired
    FollowUpStatistics statistics;

    @Autowired
    RequestService requestService;

    @Autowired
    SubmissionService submissionService;

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    ResultsService resultsService;

    @Autowired
    Messages messages;

    private StatisticsScenario scenario() {
        return StatisticsScenario.create(testData, resultsService, fixture, requestService, submissionService, followUpService);
    }

    /** Each line as a user reads a grid row: municipality, row, then "then → now" per compared column. */
    private List<String> rowsAsShown(StatisticsComparison comparison) {
        return comparison.lines().stream().map(l -> String.join(" | ", l.municipality(), l.row(), String.join(" | ",
                l.pairs().stream().map(p -> StatisticsComparisonTexts.pair(p, messages::get)).toList()))).toList();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String pdf(long areaId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        followUpService.writePdf(areaId, out);
        return text(out.toByteArray());
    }

    @Test
    void aFollowUpsRequestCarriesTheStatisticsTableFoUWrote() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        DevelopmentArea area = fixture.decidedArea(cycle, List.of("EB13"),
                List.of(new Plan.Milestone(LocalDate.of(2030, 6, 30), "Slut")));
        loginAs("ekero");
        assertThatThrownBy(() -> followUpService.create(area.id(), new FollowUpDraft("x", "y", null, List.of("q"),
                LocalDate.now().plusDays(10), null, "021 Sjukskriven", null))).isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        assertThat(statistics.originalRequest(area.id())).as("no request about the area yet").isEmpty();
        FollowUp followUp = followUpService.create(area.id(), new FollowUpDraft("Uppföljning 1", "Rutinen.", null,
                List.of("Vad har ni gjort?"), LocalDate.now().plusDays(10), null, "021 Sjukskriven\n022 Väntar",
                "Kön: Män, Kvinnor"));
        Request request = requestService.request(followUp.requestId());
        assertThat(request.statistics().rows()).containsExactly("021", "022");
        assertThat(request.statistics().breakdowns()).containsKeys("Totalt", "Kön");
        assertThat(statistics.originalRequest(area.id())).as("a follow-up's own request is not the original").isEmpty();
        assertThat(statistics.comparison(followUp)).get().satisfies(c -> {
            assertThat(c.lines()).isEmpty();
            assertThat(StatisticsComparisonTexts.lead(c, messages::get))
                    .isEqualTo("Området har inget ursprungligt utskick att jämföra med.");
        });
        FollowUp plain = followUpService.create(area.id(), new FollowUpDraft("Uppföljning 2", "Rutinen.", null,
                List.of("Vad har ni gjort?"), LocalDate.now().plusDays(10), null));
        assertThat(requestService.request(plain.requestId()).statistics()).isNull();
        assertThat(statistics.comparison(plain)).isEmpty();
    }

    @Test
    void fouSeesEachMunicipalitysFiguresBesideTheOriginalsAndWhatCannotBeCompared() {
        StatisticsScenario s = scenario();
        loginAs("fou");
        assertThat(statistics.originalRequest(s.area().id())).get().extracting(Request::id).isEqualTo(s.original().id());
        assertThat(statistics.originalTable(s.area().id()).orElseThrow().rowsText()).isEqualTo(StatisticsScenario.ORIGINAL_ROWS);
        StatisticsComparison comparison = statistics.comparison(s.followUp()).orElseThrow();
        assertThat(comparison.rows()).containsExactly("021", "022");
        assertThat(comparison.columns()).extracting(StatisticsComparison.Column::label)
                .containsExactly("Totalt: Alla", "Kön: Män", "Kön: Kvinnor");
        // Solna's unsubmitted draft (99 in 021) is nobody's to compare yet: her line shows the original only
        assertThat(rowsAsShown(comparison)).containsExactly(
                "Ekerö | 021 | 7 (35 %) → 9 (45 %) | 3 (33 %) → 4 (40 %) | 4 (36 %) → 5 (50 %)",
                "Ekerö | 022 | 3 (15 %) → 1 (5 %) | 1 (11 %) → 0 | 2 (18 %) → 1 (10 %)",
                "Järfälla | 021 | 2 (50 %) → 4 (50 %) | 1 (50 %) → 2 (50 %) | 1 (50 %) → 2 (50 %)",
                "Järfälla | 022 | 2 (50 %) → 0 | 1 (50 %) → 0 | 1 (50 %) → 0",
                "Solna | 021 | 5 (50 %) → saknas | 5 (100 %) → saknas | 0 → saknas",
                "Solna | 022 | 0 → saknas | 0 → saknas | 0 → saknas");
        assertThat(String.join(" ", StatisticsComparisonTexts.notComparable(comparison, messages::get))).isEqualTo(
                "Rader som inte kan jämföras: 031 (bara i det ursprungliga utskicket). "
                        + "Rader som inte kan jämföras: 041 (bara i uppföljningen). "
                        + "Kolumner som inte kan jämföras: Ålder: Yngre än 29 år, Ålder: 29 år eller äldre (bara i den ena tabellen).");
        assertThat(StatisticsComparisonTexts.visibility(comparison, messages::get)).isEmpty();
        loginAs("socialchef");
        assertThat(rowsAsShown(statistics.comparison(s.followUp()).orElseThrow())).as("social chiefs read the region at any time")
                .isEqualTo(rowsAsShown(comparison));
    }

    @Test
    void aContactSeesOnlyHerOwnMunicipalitysFiguresUntilFoUPublishes() throws Exception {
        StatisticsScenario s = scenario();
        loginAs("ekero");
        StatisticsComparison own = statistics.comparison(s.followUp()).orElseThrow();
        assertThat(rowsAsShown(own)).containsExactly(
                "Ekerö | 021 | 7 (35 %) → 9 (45 %) | 3 (33 %) → 4 (40 %) | 4 (36 %) → 5 (50 %)",
                "Ekerö | 022 | 3 (15 %) → 1 (5 %) | 1 (11 %) → 0 | 2 (18 %) → 1 (10 %)");
        assertThat(StatisticsComparisonTexts.visibility(own, messages::get))
                .containsExactly("Andra kommuners siffror visas här när FoU har publicerat svaren.");
        loginAs("solna");
        assertThat(rowsAsShown(statistics.comparison(s.followUp()).orElseThrow())).as("her own draft is not compared")
                .containsExactly("Solna | 021 | 5 (50 %) → saknas | 5 (100 %) → saknas | 0 → saknas",
                        "Solna | 022 | 0 → saknas | 0 → saknas | 0 → saknas");
        assertThat(pdf(s.area().id())).as("the PDF shows unpublished figures to nobody")
                .contains("Kommunernas svar visas här när FoU har publicerat dem.")
                .doesNotContain("Statistik jämförd med det ursprungliga utskicket", "→ 9 (45 %)");

        loginAs("fou");
        requestService.publishAnswers(s.followUpRequest().id());
        loginAs("ekero");
        assertThat(rowsAsShown(statistics.comparison(s.followUp()).orElseThrow())).as("the original is still unpublished")
                .containsExactly("Ekerö | 021 | 7 (35 %) → 9 (45 %) | 3 (33 %) → 4 (40 %) | 4 (36 %) → 5 (50 %)",
                        "Ekerö | 022 | 3 (15 %) → 1 (5 %) | 1 (11 %) → 0 | 2 (18 %) → 1 (10 %)",
                        "Järfälla | 021 | saknas → 4 (50 %) | saknas → 2 (50 %) | saknas → 2 (50 %)",
                        "Järfälla | 022 | saknas → 0 | saknas → 0 | saknas → 0");
        assertThat(pdf(s.area().id())).contains("Statistik jämförd med det ursprungliga utskicket",
                "Ekerö 021 Sjukskriven med läkarintyg saknas → 9 (45 %) saknas → 4 (40 %) saknas → 5 (50 %)",
                "Andra kommuners siffror visas här när FoU har publicerat svaren.");

        loginAs("fou");
        requestService.publishAnswers(s.original().id());
        loginAs("ekero");
        assertThat(rowsAsShown(statistics.comparison(s.followUp()).orElseThrow())).hasSize(6)
                .contains("Solna | 021 | 5 (50 %) → saknas | 5 (100 %) → saknas | 0 → saknas");
        String published = pdf(s.area().id());
        assertThat(published).contains("Statistik jämförd med det ursprungliga utskicket",
                "Varje ruta visar antal (andel) i ”Klienter med ohälsa” → i ”Uppföljning 1”.",
                "Kommun Rad Totalt: Alla Kön: Män Kön: Kvinnor",
                "Ekerö 021 Sjukskriven med läkarintyg 7 (35 %) → 9 (45 %) 3 (33 %) → 4 (40 %) 4 (36 %) → 5 (50 %)",
                "Järfälla 022 Väntar på ersättning 2 (50 %) → 0 1 (50 %) → 0 1 (50 %) → 0",
                "Solna 021 Sjukskriven med läkarintyg 5 (50 %) → saknas 5 (100 %) → saknas 0 → saknas",
                "Rader som inte kan jämföras: 031 (bara i det ursprungliga utskicket).",
                "Rader som inte kan jämföras: 041 (bara i uppföljningen).")
                .doesNotContain("99 (", "Andra kommuners siffror visas här");
    }
}
