package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    @Autowired
    RequestService requestService;

    private Request demoRequest() {
        return requestService.requests(testData.demoCycle().id()).get(0);
    }

    @Test
    void answersSideBySideWithTheRegionalTotalOfSubmittedFiguresAsPdfAndXlsx() throws Exception {
        loginAs("fou");
        Request request = demoRequest();
        CompiledAnswers compiled = requestService.compiled(request.id());
        assertThat(compiled.submissions()).hasSize(8);
        var total = compiled.regionalTotal();
        // Ekerö 7 + Järfälla 9 submitted; of all 50 + 223 = 273 clients, code 023 has 23 + 159 = 182 → 67 %
        assertThat(total.get(new StatisticsTable.Cell("021", "Totalt", "Alla"))).isEqualTo(16);
        assertThat(request.statistics().share(total, new StatisticsTable.Cell("023", "Totalt", "Alla"))).isEqualTo("67 %");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        requestService.exportPdf(request.id(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // Solna's earlier draft is not its answer: its late answer replaced it, without figures
            assertThat(text).contains("Ekerö: De flesta klienterna med ohälsa", "Järfälla: 223 klienter", "Sigtuna: Försenad",
                    "Solna: Ohälsa är vanligt bland klienterna", "7 (14 %)", "3 (16 %)", "4 (13 %)", "Regionen (inskickade svar)");
            assertThat(text).doesNotContain("Vi håller på att ta fram uppgifterna");
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        requestService.exportXlsx(request.id(), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheet("Svar").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ekerö");
            assertThat(workbook.getSheet("Svar").getRow(1).getCell(2).getStringCellValue()).startsWith("De flesta klienterna");
            assertThat(workbook.getSheet("Statistik").getRow(1).getCell(4).getNumericCellValue()).isEqualTo(7.0);
            assertThat(workbook.getSheet("Statistik").getRow(1).getCell(5).getStringCellValue()).isEqualTo("14 %");
        }
    }

    /**
     * Ekerö's gender breakdown sums to 6 of 7, explained; Järfälla's figures sum, with an explanation left from before
     * (sent while they did not): the PDF and the XLSX flag Ekerö's mismatch with its explanation, never print
     * Järfälla's stale one, and the region's total names Ekerö.
     */
    @Test
    void mismatchesAndTheirExplanationsAreFlaggedInThePdfAndTheXlsxAndTheRegionNamesWho() throws Exception {
        StatisticsTable template = StatisticsTable.causeCodes();
        loginAs("fou");
        Request request = requestService.createRequest(testData.newCycle().id(), new RequestDraft("Summerar inte",
                null, List.of("Vad vet vi?"), LocalDate.now().plusDays(3), null, template.rowsText(),
                template.breakdownsText()));
        long question = request.questions().get(0).id();
        StatisticsTable.Cell all = new StatisticsTable.Cell("021", "Totalt", "Alla");
        StatisticsTable.Cell men = new StatisticsTable.Cell("021", "Kön", "Män");
        StatisticsTable.Cell women = new StatisticsTable.Cell("021", "Kön", "Kvinnor");
        loginAs("ekero");
        service.submit(request.id(), "0125", 0, Map.of(question, "Ekerös svar"),
                Map.of(all, 7, men, 3, women, 3), "En person saknar uppgift om kön.");
        loginAs("jarfalla");
        Submission draft = service.saveDraft(request.id(), "0123", 0, Map.of(question, "Järfällas svar"),
                Map.of(all, 9, men, 4, women, 4), "Gammal förklaring.");
        Submission corrected = service.saveDraft(request.id(), "0123", draft.version(), Map.of(question,
                "Järfällas svar"), Map.of(women, 5), null);
        service.submit(request.id(), "0123", corrected.version(), Map.of(question, "Järfällas svar"));

        loginAs("fou");
        assertThat(requestService.compiled(request.id()).notSumming()).containsExactly("Ekerö");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        requestService.exportPdf(request.id(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("021, Kön: uppdelningen summerar till 6 men totalen är 7.",
                    "Kommunens förklaring: En person saknar uppgift om kön.",
                    "Uppdelningarna summerar inte till totalen hos Ekerö; regionens siffror innehåller deras tal som de skrevs.")
                    .doesNotContain("Gammal förklaring");
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        requestService.exportXlsx(request.id(), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheet("Summerar inte");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Ekerö");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("021");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Kön");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(6.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(7.0);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("En person saknar uppgift om kön.");
            var statistics = workbook.getSheet("Statistik");
            assertThat(statistics.getRow(statistics.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("Uppdelningarna summerar inte till totalen hos Ekerö; regionens siffror innehåller deras tal som de skrevs.");
        }
    }

    @Test
    void contactsSeeTheCompilationOnlyOncePublished() {
        loginAs("jarfalla");
        assertThatThrownBy(() -> requestService.compiled(demoRequest().id())).isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        Request fresh = requestService.createRequest(testData.demoCycle().id(), new RequestDraft("Publiceras " + System.nanoTime(),
                null, List.of("Fråga"), LocalDate.now().minusDays(1), null));
        requestService.publishAnswers(fresh.id());
        loginAs("jarfalla");
        assertThat(requestService.compiled(fresh.id()).submissions()).hasSize(8);
    }

    /**
     * Published with Ekerö's submitted answer and figures and Solna's draft: Järfälla's compilation, PDF and XLSX list
     * Solna as not submitted, without its text or figures; Solna's own and FoU's give the status.
     */
    @Test
    void aPublishedCompilationNeverShowsAnotherMunicipalitysDraft() throws Exception {
        StatisticsTable template = StatisticsTable.causeCodes();
        loginAs("fou");
        Request request = requestService.createRequest(testData.newCycle().id(), new RequestDraft("Utkast förblir egna",
                null, List.of("Vad vet vi?"), LocalDate.now().minusDays(1), null, template.rowsText(),
                template.breakdownsText()));
        long question = request.questions().get(0).id();
        StatisticsTable.Cell all021 = new StatisticsTable.Cell("021", "Totalt", "Alla");
        loginAs("ekero");
        service.submit(request.id(), "0125", 0, Map.of(question, "Ekerö har skickat in"), Map.of(all021, 7), null);
        loginAs("solna");
        service.saveDraft(request.id(), "0184", 0, Map.of(question, "Solnas hemliga utkast"),
                Map.of(all021, 4321), null);
        loginAs("fou");
        requestService.publishAnswers(request.id());

        loginAs("jarfalla");
        CompiledAnswers compiled = requestService.compiled(request.id());
        Submission solna = compiled.submissions().stream().filter(s -> s.municipalityName().equals("Solna")).findFirst().orElseThrow();
        assertThat(solna.status()).isEqualTo(Submission.Status.NOT_SUBMITTED);
        assertThat(solna.answers()).isEmpty();
        assertThat(solna.counts()).isEmpty();
        assertThat(compiled.regionalTotal()).containsEntry(all021, 7);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        requestService.exportPdf(request.id(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Ekerö: Ekerö har skickat in", "Solna: Inte inskickat", "Järfälla: Försenad");
            assertThat(text).doesNotContain("Solnas hemliga utkast", "4321");
        }
        assertThat(xlsxStatusOfSolna(request)).containsExactly("Inte inskickat", "");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        requestService.exportXlsx(request.id(), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var statistics = workbook.getSheet("Statistik");
            for (int r = 1; r <= statistics.getLastRowNum(); r++) {
                assertThat(statistics.getRow(r).getCell(0).getStringCellValue()).isNotEqualTo("Solna");
            }
        }

        loginAs("solna");
        assertThat(xlsxStatusOfSolna(request)).containsExactly("Försenad", "");
        loginAs("fou");
        assertThat(xlsxStatusOfSolna(request)).containsExactly("Försenad", "");
    }

    /** Solna's status and first answer in the XLSX export, as the current user gets it. */
    private List<String> xlsxStatusOfSolna(Request request) throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        requestService.exportXlsx(request.id(), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var answers = workbook.getSheet("Svar");
            for (int r = 1; r <= answers.getLastRowNum(); r++) {
                if (answers.getRow(r).getCell(0).getStringCellValue().equals("Solna")) {
                    return List.of(answers.getRow(r).getCell(1).getStringCellValue(),
                            answers.getRow(r).getCell(2).getStringCellValue());
                }
            }
        }
        throw new AssertionError("Solna is not in the export");
    }
}
