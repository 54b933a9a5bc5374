package se.fou.oj.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;

/**
 * The house style's promises: a long table repeats its header on every page and never splits a row; title, language and
 * bookmarks for viewers and screen readers.
 */
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
                    boolean start = Pattern.compile("början-" + i + "(?!\\d)").matcher(text).find();
                    boolean end = Pattern.compile("slutet-" + i + "(?!\\d)").matcher(text).find();
                    assertThat(start).as("row " + i + " on page " + page).isEqualTo(end);
                }
            }
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
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

    @Test
    void aPercentSignStaysWithItsNumber() throws Exception {
        try (PDDocument document = new PDDocument()) {
            var font = PdfFonts.regular(document);
            float width = PdfReport.width("saknas → 47 (25", font, PdfStyle.TABLE_HEADER);
            assertThat(PdfReport.wrap("saknas → 47 (25 %)", font, PdfStyle.TABLE_HEADER, width))
                    .containsExactly("saknas → 47", "(25 %)");
        }
    }

    @Test
    void titleLanguageAndBookmarksNestedLikeTheContentsEachOpeningItsHeading() throws Exception {
        byte[] pdf;
        try (PdfReport report = new PdfReport("Sammanställning Testområde 2026", "Ämne", "FoU Test", "Sidfot", null)) {
            report.cover("FoU", "Testområde 2026", "Undertitel", List.of("Fakta"));
            report.contents("Innehåll");
            report.heading(1, "Inledning");
            report.paragraph("Text.");
            report.heading(2, "Resultat i korthet");
            report.heading(3, "Detalj under resultat");
            // Enough chapters that the contents need a second page
            for (int chapter = 1; chapter <= 12; chapter++) {
                report.heading(1, "Kapitel " + chapter);
                report.heading(2, "Tabell " + chapter + ".1");
                report.paragraph("Stycke.");
                report.heading(2, "Tabell " + chapter + ".2");
            }
            pdf = report.toBytes();
        }
        List<PdfAccessibility.Bookmark> bookmarks = PdfAccessibility.assertAccessible(pdf, "Testområde 2026",
                List.of("Innehåll", "Inledning", "Resultat i korthet", "Detalj under resultat", "Kapitel 1", "Tabell 1.1",
                        "Tabell 1.2", "Kapitel 12", "Tabell 12.2"));
        assertThat(bookmarks).hasSize(1 + 3 + 12 * 3);
        assertThat(bookmarks.subList(0, 6)).extracting(PdfAccessibility.Bookmark::level, PdfAccessibility.Bookmark::title)
                .containsExactly(tuple(1, "Innehåll"), tuple(1, "Inledning"), tuple(2, "Resultat i korthet"),
                        tuple(3, "Detalj under resultat"), tuple(1, "Kapitel 1"), tuple(2, "Tabell 1.1"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("FoU Test – Öppna jämförelser");
            // The contents run over two pages (2 and 3); every entry's page number is where its heading really is
            assertThat(pageText(document, 3)).contains("Kapitel 12").doesNotContain("Inledning");
            assertThat(pageText(document, 4)).startsWith("Inledning");
            PdfAccessibility.Bookmark last = bookmarks.get(bookmarks.size() - 1);
            assertThat(pageText(document, 2) + " " + pageText(document, 3))
                    .contains("Tabell 12.2 " + last.page(), "Inledning " + bookmarks.get(1).page());
            assertThat(bookmarks.get(1).page()).isEqualTo(4);
            // The bookmark of a level 2 heading opens at the heading, not at the top of its page
            var outline = document.getDocumentCatalog().getDocumentOutline();
            var inledning = outline.getFirstChild().getNextSibling();
            var resultat = (PDPageXYZDestination) inledning.getFirstChild().getDestination();
            var top = (PDPageXYZDestination) inledning.getDestination();
            assertThat(resultat.getTop()).isLessThan(top.getTop());
            assertThat(inledning.isNodeOpen()).isTrue();
        }
    }
}
