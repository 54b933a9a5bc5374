package se.fou.oj.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/**
 * CSV injection: text that a spreadsheet would run as a formula (an indicator text from an imported file, a
 * municipality's written answer) is written so that it never runs, while numbers, negative ones included, stay numbers.
 */
class SpreadsheetInjectionIT extends IntegrationTest {

    private static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.invalid\",\"Genomsnittlig väntetid\")";

    @Autowired
    ResultsService resultsService;
    @Autowired
    SubmissionService submissionService;

    @Autowired
    RequestService requestService;

    @Test
    void onlyTextThatWouldStartAFormulaIsNeutralized() {
        assertThat(SpreadsheetText.csv("=1+2")).isEqualTo("'=1+2");
        assertThat(SpreadsheetText.csv("+46 8 123")).isEqualTo("'+46 8 123");
        assertThat(SpreadsheetText.csv("-uppgift saknas")).isEqualTo("'-uppgift saknas");
        assertThat(SpreadsheetText.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.csv("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.csv("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetText.csv("Ekerö")).isEqualTo("Ekerö");
        assertThat(SpreadsheetText.csv("")).isEmpty();
    }

    @Test
    void theResultsCsvAndXlsxNeverRunAnImportedTextButKeepNegativeChangesAsNumbers() throws Exception {
        TestData.TwoYears years = testData.twoYears();
        String csv = TestData.ojCsv(years.later().areaName())
                .replace(";Genomsnittlig väntetid till nybesök är max 14 dagar;",
                        ";\"" + FORMULA_TEXT.replace("\"", "\"\"") + "\";")
                .replace(";Tillgänglighet;", ";@Tillgänglighet;");
        SystemActor.run(() -> resultsService.importResults(years.later().id(), "2018.csv",
                csv.getBytes(StandardCharsets.UTF_8), true));
        loginAs("fou");

        String exported = resultsService.exportCsv(years.later().id());
        String eb02 = exported.lines().filter(l -> l.contains(";EB02;")).findFirst().orElseThrow();
        assertThat(eb02).contains(";'@Tillgänglighet;")
                .contains(";\"'" + FORMULA_TEXT.replace("\"", "\"\"") + "\";")
                // the 2018 average, its basis, 2017's average and the change −12,5: numbers, with the decimal comma
                .contains(";75;8;0;87,5;-12,5;57;33");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resultsService.exportXlsx(years.later().id(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(2);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("EB02");
            Cell text = row.getCell(3);
            assertThat(text.getCellType()).isEqualTo(CellType.STRING);
            assertThat(text.getStringCellValue()).isEqualTo(FORMULA_TEXT);
            assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(16).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).as("NEJ is plain text").isFalse();
        }
    }

    @Test
    void aWrittenAnswerInTheCompiledAnswersWorkbookStaysText() throws Exception {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Formler",
                null, List.of("Vad vet vi?"), LocalDate.now().plusDays(7), null)));
        SystemActor.callAs((AppUserPrincipal) userDetailsService.loadUserByUsername("ekero"), () ->
                submissionService.submit(request.id(), "0125", 0, Map.of(request.questions().get(0).id(), FORMULA_TEXT)));
        loginAs("fou");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        requestService.exportXlsx(request.id(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row ekero = workbook.getSheetAt(0).getRow(1);
            assertThat(ekero.getCell(0).getStringCellValue()).isEqualTo("Ekerö");
            Cell answer = ekero.getCell(2);
            assertThat(answer.getCellType()).isEqualTo(CellType.STRING);
            assertThat(answer.getStringCellValue()).isEqualTo(FORMULA_TEXT);
            assertThat(answer.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
