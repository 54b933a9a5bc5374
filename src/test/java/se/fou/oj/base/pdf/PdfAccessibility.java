package se.fou.oj.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a screen reader and a viewer get from a PDF of the house style: a title naming the report shown in the title
 * bar, Swedish as the language, bookmarks of the headings pointing at the pages they are drawn on, and the headings as
 * real text in reading order. Shared by the unit test of {@link PdfReport} and the test of every real report.
 */
public final class PdfAccessibility {

    /** A bookmark flattened: its depth (1 at the top), title and the 1-based page it opens. */
    public record Bookmark(int level, String title, int page) {
    }

    private PdfAccessibility() {
    }

    /**
     * Asserts the metadata, that every bookmark opens the page its heading is drawn on, and that the given headings
     * are bookmarks and body text in this order. Returns the bookmarks for further checks.
     */
    public static List<Bookmark> assertAccessible(byte[] pdf, String titleContains, List<String> headingsInOrder)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            String title = document.getDocumentInformation().getTitle();
            assertThat(title).as("document title").isNotBlank().contains(titleContains);
            assertThat(document.getDocumentInformation().getAuthor()).as("author").isNotBlank();
            assertThat(document.getDocumentInformation().getSubject()).as("subject").isNotBlank();
            assertThat(catalog.getLanguage()).as("language").isEqualTo("sv-SE");
            assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            // No structure tree is written, so the document must not claim to be tagged
            assertThat(catalog.getStructureTreeRoot()).isNull();
            assertThat(catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()).as("not claimed tagged").isTrue();

            assertThat(catalog.getDocumentOutline()).as("bookmarks").isNotNull();
            List<Bookmark> bookmarks = new ArrayList<>();
            collect(document, catalog.getDocumentOutline(), 1, bookmarks);
            assertThat(bookmarks).extracting(Bookmark::title).containsSubsequence(headingsInOrder);
            for (Bookmark bookmark : bookmarks) {
                assertThat(pageText(document, bookmark.page(), bookmark.page()))
                        .as("page %d opened by bookmark '%s'", bookmark.page(), bookmark.title())
                        .contains(normalize(bookmark.title()));
            }

            // Reading order: from the first heading's page on (past the cover and the contents that list them too)
            int firstPage = bookmarks.stream().filter(b -> b.title().equals(headingsInOrder.get(0)))
                    .mapToInt(Bookmark::page).findFirst().orElseThrow();
            String text = pageText(document, firstPage, document.getNumberOfPages());
            int from = 0;
            for (String heading : headingsInOrder) {
                int at = text.indexOf(normalize(heading), from);
                assertThat(at).as("'%s' in the text after the heading before it", heading).isGreaterThanOrEqualTo(0);
                from = at + 1;
            }
            return bookmarks;
        }
    }

    private static void collect(PDDocument document, PDOutlineNode node, int level, List<Bookmark> into)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(document);
            assertThat(page).as("page of bookmark '%s'", item.getTitle()).isNotNull();
            assertThat(item.getDestination()).isInstanceOf(PDPageDestination.class);
            into.add(new Bookmark(level, item.getTitle(), document.getPages().indexOf(page) + 1));
            collect(document, item, level + 1, into);
        }
    }

    public static String pageText(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return normalize(stripper.getText(document));
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
