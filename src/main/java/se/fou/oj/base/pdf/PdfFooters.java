package se.fou.oj.base.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Page numbers, the footer and the draft mark, written last over every page: "Sida 3 av 12" needs the final count,
 * contents pages included.
 */
final class PdfFooters {

    private static final Color DRAFT = new Color(0xb0, 0x2a, 0x2a);

    private PdfFooters() {
    }

    /** Page numbers and the footer on every page but a cover; the draft mark on every page. */
    static void write(PDDocument document, PageCursor cursor, PDFont regular, PDFont bold, String footer,
                      String draftMark, PDPage coverPage) throws IOException {
        float pageWidth = cursor.pageWidth();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage numbered = document.getPage(i);
            boolean cover = numbered.equals(coverPage);
            if (cover && draftMark == null) {
                continue;
            }
            try (PdfCanvas canvas = PdfCanvas.append(document, numbered)) {
                if (!cover) {
                    canvas.line(PdfStyle.MARGIN, PdfStyle.BOTTOM - 14, pageWidth - PdfStyle.MARGIN, PdfStyle.BOTTOM - 14,
                            PdfStyle.RULE, 0.5f);
                    canvas.text(footer, PdfStyle.MARGIN, PdfStyle.BOTTOM - 26, regular, PdfStyle.SMALL, PdfStyle.MUTED);
                    String number = "Sida " + (i + 1) + " av " + total;
                    canvas.text(number, pageWidth - PdfStyle.MARGIN - PdfText.width(number, regular, PdfStyle.SMALL),
                            PdfStyle.BOTTOM - 26, regular, PdfStyle.SMALL, PdfStyle.MUTED);
                }
                if (draftMark != null) {
                    if (!cover) {
                        float markWidth = PdfText.width(draftMark, bold, PdfStyle.SMALL);
                        canvas.text(draftMark, (pageWidth - markWidth) / 2, PdfStyle.BOTTOM - 26, bold, PdfStyle.SMALL,
                                DRAFT);
                    }
                    canvas.text(draftMark, pageWidth - PdfStyle.MARGIN - PdfText.width(draftMark, bold, PdfStyle.H3),
                            cursor.pageHeight() - 28, bold, PdfStyle.H3, DRAFT);
                }
            }
        }
    }
}
