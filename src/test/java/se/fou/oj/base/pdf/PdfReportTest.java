package se.fou.oj.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;

/** The house style's promises: a long table repeats its header on every page and never splits a row. */
class PdfReportTest {

    @Test
    void aLongTableRepeatsItsHeaderAndKeepsEveryRowWhole() throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(List.of(Cell.of("R" + i), Cell.of("Rad " + i + " har en lång text som bryts över flera rader i cellen "
                    + "så att raden blir hög: början-" + i + " mitten mitten mitten slutet-" + i)));
        }
        PdfTable table = new PdfTable(List.of(new Column("Kod", 40, Align.LEFT), new Column("Indikator – åäö", 160, Align.LEFT)),
                rows);
        byte[] pdf;
        try (PdfReport report = new PdfReport("Test", "Ämne", "FoU", "Sidfot", null)) {
            report.heading(1, "Rubrik med å, ä och ö");
            report.table(table);
            pdf = report.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).as("page " + page).contains("Indikator – åäö");
                if (page > 1) {
                    assertThat(text).contains("Sida " + page + " av " + pages);
                }
                // A row is whole on its page: its first and last words are on the same page
                for (int i = 1; i <= 90; i++) {
                    boolean start = java.util.regex.Pattern.compile("början-" + i + "(?!\\d)").matcher(text).find();
                    boolean end = java.util.regex.Pattern.compile("slutet-" + i + "(?!\\d)").matcher(text).find();
                    assertThat(start).as("row " + i + " on page " + page).isEqualTo(end);
                }
            }
        }
    }

    private static String pageText(PDDocument document, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static byte[] longDraft(boolean withCover) {
        try (PdfReport report = new PdfReport("Utkast", "Ämne", "FoU", "Sidfot", "UTKAST")) {
            if (withCover) {
                report.cover("FoU", "Titel", "Undertitel", List.of("Fakta"));
            }
            report.heading(1, "Rubrik");
            for (int i = 0; i < 150; i++) {
                report.paragraph("Stycke " + i + " med lite text om öppna jämförelser.");
            }
            return report.toBytes();
        }
    }

    @Test
    void aDraftIsMarkedOnEveryPageAndWithoutACoverTheFirstPageIsNumberedToo() throws Exception {
        try (PDDocument document = Loader.loadPDF(longDraft(false))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(document, page)).as("page " + page).contains("UTKAST", "Sida " + page + " av " + pages,
                        "Sidfot");
            }
        }
        try (PDDocument document = Loader.loadPDF(longDraft(true))) {
            int pages = document.getNumberOfPages();
            assertThat(pageText(document, 1)).contains("UTKAST", "Titel").doesNotContain("Sida 1 av", "Sidfot");
            for (int page = 2; page <= pages; page++) {
                assertThat(pageText(document, page)).as("page " + page).contains("UTKAST", "Sida " + page + " av " + pages);
            }
        }
    }

    @Test
    void aWordTooLongForItsColumnBreaksAfterItsHyphen() throws Exception {
        try (PDDocument document = new PDDocument()) {
            var bold = PdfFonts.bold(document);
            float width = PdfReport.width("Upplands-Br", bold, PdfStyle.TABLE_HEADER);
            assertThat(PdfReport.wrap("Upplands-Bro", bold, PdfStyle.TABLE_HEADER, width)).containsExactly("Upplands-", "Bro");
            assertThat(PdfReport.wrap("Ekerö", bold, PdfStyle.TABLE_HEADER, width)).containsExactly("Ekerö");
        }
    }
}
