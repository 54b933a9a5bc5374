package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;

/** The demo request compiled: Ekerö's submitted figures of the shared data, Järfälla's draft not counted. */
class CompiledAnswersIT extends IntegrationTest {

    @Autowired
    SubmissionService service;

    private Request demoRequest() {
        return service.requests(testData.demoCycle().id()).get(0);
    }

    @Test
    void answersSideBySideWithTheRegionalTotalOfSubmittedFiguresAsPdfAndXlsx() throws Exception {
        loginAs("fou");
        Request request = demoRequest();
        CompiledAnswers compiled = service.compiled(request.id());
        assertThat(compiled.submissions()).hasSize(8);
        var total = compiled.regionalTotal();
        // Ekerö 7 + Järfälla 9 submitted; of all 50 + 223 = 273 clients, code 023 has 23 + 159 = 182 → 67 %
        assertThat(total.get(new StatisticsTable.Cell("021", "Totalt", "Alla"))).isEqualTo(16);
        assertThat(request.statistics().share(total, new StatisticsTable.Cell("023", "Totalt", "Alla"))).isEqualTo("67 %");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        service.exportPdf(request.id(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Ekerö: De flesta klienterna med ohälsa", "Järfälla: 223 klienter", "Sigtuna: Försenad",
                    "Solna: Vi håller på att ta fram uppgifterna.",
                    "7 (14 %)", "3 (43 %)", "Regionen (inskickade svar)");
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        service.exportXlsx(request.id(), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheet("Svar").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ekerö");
            assertThat(workbook.getSheet("Svar").getRow(1).getCell(2).getStringCellValue()).startsWith("De flesta klienterna");
            assertThat(workbook.getSheet("Statistik").getRow(1).getCell(4).getNumericCellValue()).isEqualTo(7.0);
            assertThat(workbook.getSheet("Statistik").getRow(1).getCell(5).getStringCellValue()).isEqualTo("14 %");
        }
    }

    @Test
    void contactsSeeTheCompilationOnlyOncePublished() {
        loginAs("jarfalla");
        assertThatThrownBy(() -> service.compiled(demoRequest().id())).isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        Request fresh = service.createRequest(testData.demoCycle().id(), new RequestDraft("Publiceras " + System.nanoTime(),
                null, List.of("Fråga"), java.time.LocalDate.now().plusDays(3), null));
        service.publishAnswers(fresh.id());
        loginAs("jarfalla");
        assertThat(service.compiled(fresh.id()).submissions()).hasSize(8);
    }
}
