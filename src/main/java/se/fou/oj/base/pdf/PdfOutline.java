package se.fou.oj.base.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The PDF's bookmarks, the navigation a viewer and a screen reader offer beside the pages. Apart from the printed
 * contents because they nest three levels deep and point at the heading itself, not just its page.
 */
final class PdfOutline {

    private PdfOutline() {
    }

    /**
     * The contents page (if any), then every heading in the order drawn, level 2 under its level 1 and level 3 under
     * its level 2, each opening the page at the heading itself. Open down to level 2, as the contents.
     */
    static void write(PDDocument document, PdfContents contents, float pageHeight, float top) {
        PDDocumentOutline outline = new PDDocumentOutline();
        if (contents.page() != null) {
            outline.addLast(bookmark(contents.title(), contents.page(), top, pageHeight));
        }
        PDOutlineItem level1 = null;
        PDOutlineItem level2 = null;
        for (PdfContents.Heading heading : contents.headings()) {
            PDOutlineItem item = bookmark(heading.text(), heading.page(), heading.top(), pageHeight);
            if (heading.level() == 1 || level1 == null) {
                outline.addLast(item);
                level1 = item;
                level2 = null;
            } else if (heading.level() == 2 || level2 == null) {
                level1.addLast(item);
                level2 = item;
            } else {
                level2.addLast(item);
            }
        }
        for (PDOutlineItem item : outline.children()) {
            if (item.hasChildren()) {
                item.openNode();
            }
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem bookmark(String title, PDPage target, float top, float pageHeight) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(PdfText.clean(title));
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(target);
        destination.setLeft(0);
        destination.setTop(Math.round(Math.min(pageHeight, top + 12)));
        item.setDestination(destination);
        return item;
    }
}
