package se.fou.oj.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where the next thing goes: the current page, its canvas and the height reached on it, in a portrait or landscape
 * geometry. Everything that flows top to bottom (paragraphs, tables, charts) asks it for room and moves it down, so
 * "does this fit, else a new page" is decided in one place.
 */
final class PageCursor {

    private final PDDocument document;
    private final float pageWidth;
    private final float pageHeight;
    private final float top;
    private final float contentWidth;
    private PDPage page;
    private PdfCanvas canvas;
    private float y;

    PageCursor(PDDocument document, boolean portrait) {
        this.document = document;
        pageWidth = portrait ? PdfStyle.PAGE_HEIGHT : PdfStyle.PAGE_WIDTH;
        pageHeight = portrait ? PdfStyle.PAGE_WIDTH : PdfStyle.PAGE_HEIGHT;
        top = pageHeight - (PdfStyle.PAGE_HEIGHT - PdfStyle.TOP);
        contentWidth = pageWidth - 2 * PdfStyle.MARGIN;
    }

    float pageWidth() {
        return pageWidth;
    }

    float pageHeight() {
        return pageHeight;
    }

    /** Where the first line of a page starts. */
    float top() {
        return top;
    }

    float contentWidth() {
        return contentWidth;
    }

    /** The current page; null before the first. */
    PDPage page() {
        return page;
    }

    PdfCanvas canvas() {
        return canvas;
    }

    float y() {
        return y;
    }

    void moveTo(float height) {
        y = height;
    }

    void down(float points) {
        y -= points;
    }

    /** A blank page of this report's size, not yet in the document. */
    PDPage blankPage() {
        return new PDPage(new PDRectangle(pageWidth, pageHeight));
    }

    void newPage() {
        close();
        page = blankPage();
        document.addPage(page);
        try {
            canvas = new PdfCanvas(new PDPageContentStream(document, page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
    }

    /** True when the given height no longer fits above the bottom margin of the current page. */
    boolean overflows(float height) {
        return y - height < PdfStyle.BOTTOM;
    }

    /** Starts a new page if less than the given height is left on this one. */
    void ensureSpace(float height) {
        if (page == null || overflows(height)) {
            newPage();
        }
    }

    /** Ends drawing on the current page (before the document is finished or closed). */
    void close() {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }
}
