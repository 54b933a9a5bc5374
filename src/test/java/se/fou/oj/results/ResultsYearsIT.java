package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.region.RegionService;

/** Two years of the same area: the change since the previous year, and the results as XLSX. */
class ResultsYearsIT extends IntegrationTest {

    @Autowired
    ResultsService resultsService;

    @Autowired
    RegionService regionService;

    private Cycle[] twoYears() {
        TestData.TwoYears years = testData.twoYears();
        return new Cycle[] {years.earlier(), years.later()};
    }

    private static Map<String, IndicatorRow> byCode(CycleResults results) {
        return results.allRows().stream().collect(Collectors.toMap(IndicatorRow::code, Function.identity()));
    }

    private long municipalityId(String name) {
        return SystemActor.call(() -> regionService.municipalities().stream().filter(m -> m.name().equals(name))
                .findFirst().orElseThrow().id());
    }

    @Test
    void theChangeSinceThePreviousYearPerMunicipalityAndForTheRegion() {
        Cycle[] cycles = twoYears();
        loginAs("fou");
        CycleResults later = resultsService.results(cycles[1].id());
        assertThat(later.previousYear()).isEqualTo(2017);
        Map<String, IndicatorRow> rows = byCode(later);

        IndicatorChange eb02 = rows.get("EB02").change();
        assertThat(eb02.byMunicipality()).containsEntry(municipalityId("Ekerö"), Direction.WORSE)
                .containsEntry(municipalityId("Upplands Väsby"), Direction.UNCHANGED)
                .containsEntry(municipalityId("Järfälla"), Direction.UNCHANGED);
        // 7 of 8 then, 6 of 8 now: 87,5 % → 75 %, exactly 12,5 points down
        assertThat(eb02.previousAverage().display()).isEqualTo("87,5 %");
        assertThat(eb02.percentagePoints()).isEqualByComparingTo("-12.5");
        assertThat(eb02.displayPercentagePoints()).isEqualTo("−12,5 pe");
        assertThat(eb02.regionDirection()).isEqualTo(Direction.WORSE);

        IndicatorChange eb13 = rows.get("EB13").change();
        assertThat(eb13.byMunicipality()).containsEntry(municipalityId("Sigtuna"), Direction.BETTER);
        // 25 % then, 37,5 % now: the exact difference of the printed averages
        assertThat(eb13.displayPercentagePoints()).isEqualTo("+12,5 pe");
        assertThat(rows.get("EB01").change().displayPercentagePoints()).isEqualTo("±0 pe");

        // The earlier year has nothing before it
        assertThat(resultsService.results(cycles[0].id()).previousYear()).isNull();
        // Numbers a Swedish spreadsheet reads as numbers: decimal comma, the unit in the header
        assertThat(resultsService.exportCsv(cycles[1].id())).contains(";Snitt (%);Svarande kommuner;Saknade svar;Snitt 2017 (%);Förändring (pe);")
                .contains(";75;8;0;87,5;-12,5;57;33")
                .contains(";37,5;8;0;25;12,5;21;27");
    }

    @Test
    void aMunicipalContactSeesOnlyTheirOwnChangeBeforePublication() {
        Cycle[] cycles = twoYears();
        loginAs("ekero");
        IndicatorChange eb02 = byCode(resultsService.results(cycles[1].id())).get("EB02").change();
        assertThat(eb02.previousAnswers()).containsOnlyKeys(municipalityId("Ekerö"));
        assertThat(eb02.byMunicipality()).containsOnly(Map.entry(municipalityId("Ekerö"), Direction.WORSE));
        assertThat(eb02.previousAverage()).isNull();
        assertThat(eb02.percentagePoints()).isNull();
    }

    @Test
    void resultsAsXlsxCarryTheSameFigures() throws Exception {
        loginAs("fou");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resultsService.exportXlsx(testData.demoCycle().id(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Ekerö");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Järfälla");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Snitt (%)");
            Row eb02 = sheet.getRow(2);
            assertThat(eb02.getCell(2).getStringCellValue()).isEqualTo("EB02");
            assertThat(eb02.getCell(4).getStringCellValue()).isEqualTo("NEJ");
            assertThat(eb02.getCell(12).getNumericCellValue()).isEqualTo(75.0);
            assertThat(eb02.getCell(15).getNumericCellValue()).isEqualTo(57.0);
            assertThat(eb02.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0");
            // EB08: 5 of 8, the exact number, shown with its one decimal
            Row eb08 = sheet.getRow(8);
            assertThat(eb08.getCell(2).getStringCellValue()).isEqualTo("EB08");
            assertThat(eb08.getCell(12).getNumericCellValue()).isEqualTo(62.5);
            assertThat(eb08.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(sheet.getRow(13).getCell(12).getNumericCellValue()).isEqualTo(37.5); // EB13
            assertThat(sheet.getRow(37).getCell(0).getStringCellValue()).startsWith("Snitt = andel av regionens kommuner");
        }

        Cycle unpublished = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(unpublished.id(), "oj.csv", TestData.ojCsvBytes(unpublished.areaName()), false));
        loginAs("ekero");
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        resultsService.exportXlsx(unpublished.id(), own);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.toByteArray()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Ekerö");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Stockholm (%)");
            assertThat(header.getLastCellNum()).isEqualTo((short) 7);
        }
    }

}
