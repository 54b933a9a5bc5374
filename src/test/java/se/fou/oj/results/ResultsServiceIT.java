package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.Municipality;

class ResultsServiceIT extends IntegrationTest {

    @Autowired
    ResultsService resultsService;

    @Autowired
    CycleService cycleService;

    private static Map<String, IndicatorRow> byCode(CycleResults results) {
        return results.allRows().stream().collect(Collectors.toMap(IndicatorRow::code, Function.identity()));
    }

    @Test
    void demoCycleHasAll35IndicatorsWithHandCountedAverages() {
        loginAs("fou");
        CycleResults results = resultsService.results(testData.demoCycle().id());
        assertThat(results.indicatorCount()).isEqualTo(35);
        assertThat(results.municipalities()).extracting(Municipality::name).containsExactly("Ekerö", "Järfälla",
                "Sigtuna", "Sollentuna", "Solna", "Sundbyberg", "Upplands-Bro", "Upplands Väsby");
        Map<String, IndicatorRow> rows = byCode(results);
        // Hand count of ../shared/data/oj-2018-ekonomiskt-bistand.csv, answers beginning with JA count:
        assertThat(rows.get("EB01").average().display()).isEqualTo("100 %"); // 8 JA
        assertThat(rows.get("EB02").average().display()).isEqualTo("75 %"); // NEJ, DELVIS → 6 of 8
        assertThat(rows.get("EB15").average().display()).isEqualTo("37,5 %"); // 3 × JA, MED VISSA → 3 of 8
        assertThat(rows.get("EB16").average().display()).isEqualTo("62,5 %"); // 4 × JA, MED VISSA + JA, MED SAMTLIGA
        assertThat(rows.get("EB19").average().display()).isEqualTo("75 %"); // Solna DELVIS, Upplands Väsby NEJ
        assertThat(rows.get("EB20").average().display()).isEqualTo("0 %"); // all NEJ
        assertThat(rows.get("EB27").average().display()).isEqualTo("62,5 %"); // 5 JA, 3 DELVIS
        assertThat(rows.get("EB28").average().fulfilled()).isEqualTo(3);
        assertThat(rows.get("EB02").comparisons()).containsEntry("STOCKHOLM", new BigDecimal("57.0"))
                .containsEntry("RIKET", new BigDecimal("33.0"));
        assertThat(results.tables()).hasSize(11);
        assertThat(results.tables().get(0).tableName())
                .isEqualTo("Tillgänglighet utanför kontorstid, väntetid för besök & rådgivning");
    }

    @Test
    void everyAverageIsPrintedAsThePublishedCompilationPrintsIt() {
        loginAs("fou");
        Map<String, IndicatorRow> rows = byCode(resultsService.results(testData.demoCycle().id()));
        // The 2018 compilation's snitt, indicator by indicator: one decimal where it is not whole, never rounded
        String[] printed = {"100 %", "75 %", "100 %", "75 %", "50 %", "100 %", "75 %", "62,5 %", "37,5 %", "87,5 %",
            "87,5 %", "87,5 %", "37,5 %", "62,5 %", "37,5 %", "62,5 %", "62,5 %", "87,5 %", "75 %", "0 %", "50 %",
            "12,5 %", "12,5 %", "50 %", "25 %", "25 %", "62,5 %", "37,5 %", "50 %", "62,5 %", "25 %", "75 %", "75 %",
            "25 %", "62,5 %"};
        for (int i = 0; i < printed.length; i++) {
            String code = String.format("EB%02d", i + 1);
            assertThat(rows.get(code).average().display()).as(code).isEqualTo(printed[i]);
        }
        assertThat(rows.values().stream().filter(r -> r.average().value().scale() > 0)).hasSize(17);
    }

    @Test
    void importsCsvAndXlsxAndAsksBeforeReplacing() {
        loginAs("fou");
        Cycle cycle = testData.newCycle();
        ImportSummary preview = resultsService.preview(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()));
        assertThat(preview.indicatorCount()).isEqualTo(35);
        assertThat(preview.replacesExisting()).isFalse();

        resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
        assertThat(resultsService.results(cycle.id()).indicatorCount()).isEqualTo(35);

        byte[] xlsx = TestData.ojXlsx(cycle.areaName());
        assertThat(resultsService.preview(cycle.id(), "oj.xlsx", xlsx).existingIndicators()).isEqualTo(35);
        assertThatThrownBy(() -> resultsService.importResults(cycle.id(), "oj.xlsx", xlsx, false))
                .isInstanceOf(ResultsAlreadyImportedException.class)
                .hasMessageContaining("har redan 35 indikatorer");
        resultsService.importResults(cycle.id(), "oj.xlsx", xlsx, true);
        CycleResults results = resultsService.results(cycle.id());
        assertThat(results.indicatorCount()).isEqualTo(35);
        assertThat(byCode(results).get("EB16").average().display()).isEqualTo("62,5 %");
        assertThat(byCode(results).get("EB22").comparisons().get("STOCKHOLM")).isEqualByComparingTo("0");
    }

    @Test
    void aFileWithAnyErrorImportsNothingAndKeepsWhatWasThere() {
        loginAs("fou");
        Cycle cycle = testData.newCycle();
        resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
        String broken = TestData.ojCsv(cycle.areaName()).replace(";EB35;", ";EB34;");
        assertThatThrownBy(() -> resultsService.importResults(cycle.id(), "oj.csv",
                broken.getBytes(StandardCharsets.UTF_8), true))
                .isInstanceOf(ResultsImportException.class)
                .hasMessageContaining("Rad 36, kolumn 4: Indikatorn EB34 finns redan på rad 35.");
        CycleResults results = resultsService.results(cycle.id());
        assertThat(results.indicatorCount()).isEqualTo(35);
        assertThat(byCode(results)).containsKey("EB35");
    }

    @Test
    void badFilesAreRejectedWithTheirMessageAndNothingImported() {
        loginAs("fou");
        Cycle cycle = testData.newCycle();
        String good = TestData.ojCsv(cycle.areaName());
        Map<String, byte[]> badFiles = Map.of(
                "Okänd kommun eller jämförelseenhet ”Täby”", good.replace(";Solna;", ";Täby;").getBytes(StandardCharsets.UTF_8),
                "Okänt svar ”KANSKE”", good.replace(";EB01;Socialjour med socionomer alla dagar hela dygnet;JA;",
                        ";EB01;Socialjour med socionomer alla dagar hela dygnet;KANSKE;").getBytes(StandardCharsets.UTF_8),
                "Procentvärdet 190 ligger utanför 0–100", good.replace(";57;90\n", ";57;190\n").getBytes(StandardCharsets.UTF_8),
                "Indikatorn EB01 finns redan", good.replace(";EB02;", ";EB01;").getBytes(StandardCharsets.UTF_8),
                "inte UTF-8-kodad", good.getBytes(StandardCharsets.ISO_8859_1),
                "Fel avgränsare: filen använder komma", good.replace(';', ',').getBytes(StandardCharsets.UTF_8));
        badFiles.forEach((expected, content) -> {
            assertThatThrownBy(() -> resultsService.importResults(cycle.id(), "fel.csv", content, true))
                    .as(expected).isInstanceOf(ResultsImportException.class).hasMessageContaining(expected);
        });
        assertThat(resultsService.results(cycle.id()).indicatorCount()).isZero();
        assertThat(cycleService.cycle(cycle.id()).resultsImportedAt()).isNull();
    }

    @Test
    void municipalContactSeesOnlyOwnMunicipalityUntilPublished() {
        loginAs("fou");
        Cycle cycle = testData.newCycle();
        resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);

        loginAs("ekero");
        CycleResults own = resultsService.results(cycle.id());
        assertThat(own.wholeRegionVisible()).isFalse();
        assertThat(own.municipalities()).extracting(Municipality::name).containsExactly("Ekerö");
        assertThat(own.allRows()).allSatisfy(row -> {
            assertThat(row.answers()).hasSize(1);
            assertThat(row.average()).isNull();
        });
        assertThat(resultsService.exportCsv(cycle.id())).doesNotContain("Järfälla").contains("Ekerö");
        assertThatThrownBy(() -> resultsService.resultsOfMunicipality(cycle.id(), "0123"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(resultsService.resultsOfMunicipality(cycle.id(), "0125").municipalities()).hasSize(1);
        assertThatThrownBy(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), true))
                .isInstanceOf(AccessDeniedException.class);

        loginAs("socialchef");
        assertThat(resultsService.results(cycle.id()).municipalities()).hasSize(8);

        loginAs("fou");
        cycleService.publishResults(cycle.id());
        loginAs("ekero");
        CycleResults published = resultsService.results(cycle.id());
        assertThat(published.wholeRegionVisible()).isTrue();
        assertThat(published.municipalities()).hasSize(8);
        assertThat(resultsService.resultsOfMunicipality(cycle.id(), "0123").municipalities())
                .extracting(Municipality::name).containsExactly("Järfälla");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDenialIsLoggedWithWhoAndWhat(CapturedOutput output) {
        loginAs("fou");
        Cycle cycle = testData.newCycle();
        loginAs("ekero");
        assertThatThrownBy(() -> resultsService.resultsOfMunicipality(cycle.id(), "0123"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(output.getOut()).contains("Access denied: user=ekero role=MUNICIPAL_CONTACT action=readResults");
    }

    @Test
    void aMissingAnswerIsShownAsMissingAndLeftOutOfTheAverage() {
        loginAs("fou");
        Cycle cycle = testData.newCycle();
        // EB02: Ekerö NEJ removed → 6 of 7 answered = 85.71… %, printed to one decimal
        String csv = TestData.ojCsv(cycle.areaName()).replace("max 14 dagar;NEJ;", "max 14 dagar;;");
        resultsService.importResults(cycle.id(), "oj.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        IndicatorRow eb02 = byCode(resultsService.results(cycle.id())).get("EB02");
        assertThat(eb02.average().answered()).isEqualTo(7);
        assertThat(eb02.average().missing()).isEqualTo(1);
        assertThat(eb02.average().display()).isEqualTo("85,7 %");
    }

    @Test
    void csvExportCarriesTheSameAverageAndTheRule() {
        loginAs("fou");
        String csv = resultsService.exportCsv(testData.demoCycle().id());
        assertThat(csv).contains("EB02;Genomsnittlig väntetid till nybesök är max 14 dagar;NEJ;JA;JA;JA;JA;JA;JA;DELVIS;75;8;0;57;33");
        // The published figures as numbers a Swedish spreadsheet reads: 5 of 8 and 3 of 8 with the decimal comma
        assertThat(csv).containsPattern(";EB08;[^\\r\\n]*;62,5;8;0;64;61\\r\\n")
                .containsPattern(";EB13;[^\\r\\n]*;37,5;8;0;21;27\\r\\n")
                .doesNotContain(";63;8;0;").doesNotContain(";38;8;0;");
        assertThat(csv).contains("# Snitt = andel av regionens kommuner");
    }
}
