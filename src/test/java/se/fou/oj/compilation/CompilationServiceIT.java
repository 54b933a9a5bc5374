package se.fou.oj.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.notification.NotificationService;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

class CompilationServiceIT extends IntegrationTest {

    @Autowired
    CompilationService compilationService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    NotificationService notificationService;

    private byte[] draftPdf(long cycleId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        compilationService.writeDraftPdf(cycleId, out);
        return out.toByteArray();
    }

    private Cycle importedCycle() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        return cycle;
    }

    @Test
    void theDemoCompilationPdfHoldsEveryIndicatorTheAveragesAndSwedishNames() throws Exception {
        loginAs("fou");
        Cycle demo = testData.demoCycle();
        byte[] pdf = draftPdf(demo.id());
        Path file = Path.of("target/pdf/sammanstallning-demo.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Sammanställning Ekonomiskt bistånd 2018");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            text = new PDFTextStripper().getText(document);
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Ekerö", "Järfälla", "Upplands Väsby", "Upplands-Bro", "Sollentuna");
        for (IndicatorRow row : resultsService.results(demo.id()).allRows()) {
            assertThat(flat).as(row.code()).contains(row.code() + ": ");
            // Indicator texts wrap inside their table cell, line after line: whitespace aside, the whole text is there
            assertThat(flat).as(row.text()).contains(row.text());
            assertThat(flat).as(row.code() + " average").contains(row.average().display());
        }
        assertThat(flat).contains("Snittet på 75 procent är bättre än Stockholm (57 %) och riket (33 %).");
        // The published figures: 5 of 8 and 3 of 8 exactly, and EB09's sentence follows the exact 37,5
        assertThat(flat).contains("62,5 %", "37,5 %", "87,5 %")
                .contains("Snittet på 62,5 procent är i nivå med Stockholm (64 %) och riket (61 %).")
                .contains("Snittet på 37,5 procent är sämre än Stockholm (43 %) och i nivå med riket (36 %).")
                .contains("Snittet på 37,5 procent är bättre än Stockholm (21 %) och riket (27 %).") // EB13
                .doesNotContain("63 %").doesNotContain("Snittet på 38 procent");
        assertThat(flat).contains("Samtliga kommuner utom Ekerö och Upplands Väsby har svarat ja.");
        assertThat(flat).contains("Sida 2 av ").contains("Innehåll").contains("UTKAST");

        // poppler reads it without complaint
        assertThat(run("pdfinfo", file.toString())).contains("Title:", "Sammanställning Ekonomiskt bistånd 2018");
        assertThat(run("pdftotext", "-enc", "UTF-8", file.toString(), "-")).contains("Järfälla", "Upplands Väsby");
    }

    @Test
    void everyFontOfTheCompilationPdfIsEmbedded() throws Exception {
        loginAs("fou");
        try (PDDocument document = Loader.loadPDF(draftPdf(testData.demoCycle().id()))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, new HashSet<>());
            }
            // Every page has text (page numbers at least), charts included, and every font is embedded
            assertThat(fonts).hasSizeGreaterThanOrEqualTo(document.getNumberOfPages());
            assertThat(fonts).allSatisfy(f -> assertThat(f).endsWith(": embedded"));
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    /** "name: embedded" or "name: NOT embedded" for every font of the resources and the forms they draw. */
    private static void collectFonts(PDResources resources, List<String> fonts,
                                     Set<PDResources> seen) throws IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + ": " + (font.isEmbedded() ? "embedded" : "NOT embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Syntax Error", "Syntax Warning");
        return output;
    }

    @Test
    void anEditedSentenceIsUsedAndFlaggedWhenTheDataNoLongerAgrees() {
        loginAs("fou");
        Cycle cycle = importedCycle();
        compilationService.editSentence(cycle.id(), "EB02", "Sex av åtta kommuner klarar väntetiden; snittet är 75 procent.");
        IndicatorSentence edited = compilationService.draft(cycle.id()).sentences().get("EB02");
        assertThat(edited.effective()).startsWith("Sex av åtta");
        assertThat(edited.flagged()).isFalse();

        compilationService.editSentence(cycle.id(), "EB03", "Snittet är 91 procent.");
        assertThat(compilationService.draft(cycle.id()).sentences().get("EB03").flagged()).as("names a figure the data lacks").isTrue();

        // New data: Ekerö now answers JA on EB02 → 87,5 %, the edited wording no longer agrees
        String changed = TestData.ojCsv(cycle.areaName()).replace("max 14 dagar;NEJ;", "max 14 dagar;JA;");
        resultsService.importResults(cycle.id(), "ny.csv", changed.getBytes(StandardCharsets.UTF_8), true);
        assertThat(compilationService.draft(cycle.id()).sentences().get("EB02").flagged()).isTrue();

        compilationService.editSentence(cycle.id(), "EB02", "");
        IndicatorSentence reset = compilationService.draft(cycle.id()).sentences().get("EB02");
        assertThat(reset.isEdited()).isFalse();
        assertThat(reset.effective()).contains("Snittet på 87,5 procent");
    }

    @Test
    void aRewordingWithTheRoundedAverageIsFlaggedAndTheExactOneIsNot() {
        loginAs("fou");
        Cycle cycle = importedCycle();
        // EB08: 5 of 8 = 62,5 %; a wording that rounds it to 63 no longer agrees with the table
        compilationService.editSentence(cycle.id(), "EB08", "Snittet är 63 procent, i nivå med Stockholm (64 %).");
        assertThat(compilationService.draft(cycle.id()).sentences().get("EB08").flagged()).isTrue();
        compilationService.editSentence(cycle.id(), "EB08", "Snittet är 62,5 procent, i nivå med Stockholm (64 %).");
        assertThat(compilationService.draft(cycle.id()).sentences().get("EB08").flagged()).isFalse();
    }

    @Test
    void publishingFixesAVersionOpensTheResultsAndNotifies() throws Exception {
        loginAs("fou");
        Cycle cycle = importedCycle();
        compilationService.saveTexts(cycle.id(), "Inledningen för version 1.", null);

        loginAs("ekero");
        assertThatThrownBy(() -> compilationService.draft(cycle.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compilationService.writeDraftPdf(cycle.id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(compilationService.versions(cycle.id())).isEmpty();
        assertThatThrownBy(() -> compilationService.writeCurrentPdf(cycle.id(), new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class).hasMessage("Sammanställningen är inte publicerad ännu.");
        int unreadBefore = notificationService.myUnreadCount();

        loginAs("fou");
        CompilationVersion first = compilationService.publish(cycle.id());
        assertThat(first.versionNo()).isEqualTo(1);
        compilationService.saveTexts(cycle.id(), "Inledningen för version 2.", null);
        assertThat(compilationService.publish(cycle.id()).versionNo()).isEqualTo(2);

        loginAs("ekero");
        assertThat(notificationService.myUnreadCount()).isEqualTo(unreadBefore + 2);
        assertThat(notificationService.myNotifications(5).get(0).messageArgument()).isEqualTo(cycle.title() + " (version 2)");
        assertThat(resultsService.results(cycle.id()).wholeRegionVisible()).isTrue();
        List<CompilationVersion> versions = compilationService.versions(cycle.id());
        assertThat(versions).extracting(CompilationVersion::versionNo).containsExactly(2, 1);
        assertThat(pdfText(cycle.id(), 1)).contains("Inledningen för version 1.").doesNotContain("UTKAST");
        assertThat(pdfText(cycle.id(), 2)).contains("Inledningen för version 2.");
    }

    private String pdfText(long cycleId, int version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        compilationService.writePublishedPdf(cycleId, version, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
