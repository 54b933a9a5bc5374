package se.fou.oj.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one page: text, filled rectangles and lines. The body, the contents written at the end and the footers
 * all draw through it, so text is cleaned of characters without a glyph in one place and PDFBox's checked
 * IOException becomes unchecked in one place.
 */
final class PdfCanvas implements AutoCloseable {

    private final PDPageContentStream content;

    PdfCanvas(PDPageContentStream content) {
        this.content = content;
    }

    /** A canvas over a page already drawn on (contents, footers), after what is there. */
    static PdfCanvas append(PDDocument document, PDPage page) throws IOException {
        return new PdfCanvas(new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true));
    }

    void text(String text, float x, float baseline, PDFont font, float size, Color color) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(PdfText.clean(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fillRect(float x, float bottom, float width, float height, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
