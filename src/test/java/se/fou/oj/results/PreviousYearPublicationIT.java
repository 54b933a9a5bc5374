package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.IndicatorMovement;
import se.fou.oj.region.RegionService;

/**
 * The previous year obeys its own cycle's publication, not the current one's: with 2018 published and 2017 not, a
 * contact reads every municipality's 2018 answers but of 2017 only her own, and no 2017 average or change, in every
 * output; the compilation, published to all, says nothing of 2017; the follow-up shows 2017 as it may be read.
 */
class PreviousYearPublicationIT extends IntegrationTest {

    @Autowired
    ResultsService resultsService;
    @Autowired
    CycleService cycleService;
    @Autowired
    CompilationService compilationService;
    @Autowired
    FollowUpService followUpService;
    @Autowired
    AnalysisFixture analysisFixture;
    @Autowired
    RegionService regionService;

    private TestData.TwoYears laterPublished() {
        TestData.TwoYears years = testData.twoYears();
        SystemActor.run(() -> cycleService.publishResults(years.later().id()));
        return years;
    }

    private static Map<String, IndicatorRow> byCode(CycleResults results) {
        return results.allRows().stream().collect(Collectors.toMap(IndicatorRow::code, Function.identity()));
    }

    private long municipalityId(String code) {
        return SystemActor.call(() -> regionService.municipalityByCode(code).orElseThrow().id());
    }

    @Test
    void aContactReadingThePublishedYearGetsNoOtherMunicipalitysUnpublishedPreviousYear() throws Exception {
        TestData.TwoYears years = laterPublished();
        loginAs("ekero");
        CycleResults results = resultsService.results(years.later().id());
        assertThat(results.wholeRegionVisible()).isTrue();
        assertThat(results.previousYear()).isEqualTo(2017);
        assertThat(results.previousRegionVisible()).isFalse();
        Map<String, IndicatorRow> rows = byCode(results);
        // Her own change is hers to see; Sigtuna's better EB13 and the regional −12,5 pe are not
        IndicatorChange eb02 = rows.get("EB02").change();
        assertThat(eb02.previousAnswers()).containsOnlyKeys(municipalityId("0125"));
        assertThat(eb02.byMunicipality()).containsOnly(Map.entry(municipalityId("0125"), Direction.WORSE));
        assertThat(eb02.previousAverage()).isNull();
        assertThat(eb02.percentagePoints()).isNull();
        assertThat(rows.get("EB13").change().byMunicipality()).doesNotContainKey(municipalityId("0191"));
        assertThat(rows.get("EB02").average().display()).isEqualTo("75 %");

        String csv = resultsService.exportCsv(years.later().id());
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Snitt", "Sigtuna").doesNotContain("2017", "Förändring");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        resultsService.exportXlsx(years.later().id(), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<String> header = new ArrayList<>();
            for (Cell cell : workbook.getSheetAt(0).getRow(0)) {
                header.add(cell.getStringCellValue());
            }
            assertThat(header).contains("Snitt (%)", "Sigtuna").doesNotContain("Snitt 2017 (%)", "Förändring (pe)");
        }

        // The social chiefs read the whole region, 2017 included
        loginAs("socialchef");
        CycleResults chief = resultsService.results(years.later().id());
        assertThat(chief.previousRegionVisible()).isTrue();
        assertThat(byCode(chief).get("EB02").change().displayPercentagePoints()).isEqualTo("−12,5 pe");

        // Once FoU publishes 2017 the contact reads the change too
        SystemActor.run(() -> cycleService.publishResults(years.earlier().id()));
        loginAs("ekero");
        CycleResults opened = resultsService.results(years.later().id());
        assertThat(opened.previousRegionVisible()).isTrue();
        assertThat(byCode(opened).get("EB02").change().displayPercentagePoints()).isEqualTo("−12,5 pe");
        assertThat(byCode(opened).get("EB13").change().byMunicipality()).containsEntry(municipalityId("0191"), Direction.BETTER);
        assertThat(resultsService.exportCsv(years.later().id())).contains(";Snitt 2017 (%);Förändring (pe);");
    }

    @Test
    void theCompilationIsDrawnAsItWillBePublishedSoAnUnpublishedPreviousYearAddsNothing() {
        TestData.TwoYears years = laterPublished();
        loginAs("fou");
        String eb02 = compilationService.draft(years.later().id()).sentences().get("EB02").generated();
        assertThat(eb02).startsWith("Samtliga kommuner utom Ekerö och Upplands Väsby").doesNotContain("2017");
        // FoU's own results screen still shows the change
        assertThat(byCode(resultsService.results(years.later().id())).get("EB02").change().displayPercentagePoints())
                .isEqualTo("−12,5 pe");

        SystemActor.run(() -> cycleService.publishResults(years.earlier().id()));
        assertThat(compilationService.draft(years.later().id()).sentences().get("EB02").generated())
                .endsWith("Jämfört med 2017 har snittet minskat med 12,5 procentenheter. Sämre än 2017: Ekerö.");
    }

    @Test
    void theFollowUpShowsEachYearAsTheReaderMayReadIt() {
        TestData.TwoYears years = laterPublished();
        DevelopmentArea area = analysisFixture.decidedArea(years.earlier(), List.of("EB02"), List.of());
        loginAs("ekero");
        IndicatorMovement contact = followUpService.movement(area.id()).get(0);
        assertThat(contact.decidedYear()).isEqualTo(2017);
        assertThat(contact.decidedAverage()).as("2017 is not published").isEqualTo("–");
        assertThat(contact.laterAverage()).isEqualTo("75 %");
        assertThat(contact.change()).isEqualTo("–");

        loginAs("fou");
        IndicatorMovement fou = followUpService.movement(area.id()).get(0);
        assertThat(fou.decidedAverage()).isEqualTo("87,5 %");
        assertThat(fou.change()).isEqualTo("−12,5 pe ↓");
    }
}
