package se.fou.oj.base.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The headings as drawn and the table of contents built from them. The contents can only be written when every page
 * is known, so the headings are collected while the report flows and the reserved page is filled at the end; the
 * bookmarks ({@link PdfOutline}) are built from the same headings.
 */
final class PdfContents {

    /** A heading as drawn: its page and the top of its first line, where its bookmark points. */
    record Heading(int level, String text, PDPage page, float top) {
    }

    private final PDDocument document;
    private final PageCursor cursor;
    private final PDFont regular;
    private final PDFont bold;
    private final List<Heading> headings = new ArrayList<>();
    private PDPage contentsPage;
    private String contentsTitle;

    PdfContents(PDDocument document, PageCursor cursor, PDFont regular, PDFont bold) {
        this.document = document;
        this.cursor = cursor;
        this.regular = regular;
        this.bold = bold;
    }

    /** The current page holds the contents, under this title. */
    void reserve(PDPage page, String title) {
        contentsPage = page;
        contentsTitle = title;
    }

    void add(int level, String text, PDPage page, float top) {
        headings.add(new Heading(level, text, page, top));
    }

    List<Heading> headings() {
        return headings;
    }

    /** The reserved page, or null without a table of contents. */
    PDPage page() {
        return contentsPage;
    }

    String title() {
        return contentsTitle;
    }

    /**
     * The contents: levels 1 and 2 with their page numbers. A long list continues on pages inserted right after the
     * reserved one, before any number is written, so every page number counts them.
     */
    void write() throws IOException {
        if (contentsPage == null) {
            return;
        }
        float top = cursor.top();
        List<Heading> entries = headings.stream().filter(h -> h.level() <= 2).toList();
        // First pass: which contents page each entry lands on
        List<Integer> pageOf = new ArrayList<>();
        int pageIndex = 0;
        float lineY = top - PdfStyle.H1 - PdfStyle.H1 * 1.6f;
        for (Heading heading : entries) {
            if (lineY < PdfStyle.BOTTOM) {
                pageIndex++;
                lineY = top - PdfStyle.BODY;
            }
            pageOf.add(pageIndex);
            lineY -= step(heading);
        }
        List<PDPage> contentsPages = new ArrayList<>(List.of(contentsPage));
        for (int i = 0; i < pageIndex; i++) {
            PDPage continuation = cursor.blankPage();
            document.getPages().insertAfter(continuation, contentsPages.get(contentsPages.size() - 1));
            contentsPages.add(continuation);
        }
        PdfCanvas canvas = null;
        try {
            int current = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (pageOf.get(i) != current) {
                    if (canvas != null) {
                        canvas.close();
                    }
                    current = pageOf.get(i);
                    canvas = PdfCanvas.append(document, contentsPages.get(current));
                    lineY = top - PdfStyle.BODY;
                    if (current == 0) {
                        lineY = top - PdfStyle.H1;
                        canvas.text(contentsTitle, PdfStyle.MARGIN, lineY, bold, PdfStyle.H1, PdfStyle.PRIMARY);
                        lineY -= PdfStyle.H1 * 1.6f;
                    }
                }
                Heading heading = entries.get(i);
                float indent = heading.level() == 1 ? 0 : 16;
                PDFont font = heading.level() == 1 ? bold : regular;
                String number = String.valueOf(document.getPages().indexOf(heading.page()) + 1);
                String label = PdfText.fit(heading.text(), font, PdfStyle.BODY, cursor.contentWidth() - indent - 60);
                canvas.text(label, PdfStyle.MARGIN + indent, lineY, font, PdfStyle.BODY, PdfStyle.TEXT);
                canvas.text(number, cursor.pageWidth() - PdfStyle.MARGIN - PdfText.width(number, regular, PdfStyle.BODY),
                        lineY, regular, PdfStyle.BODY, PdfStyle.TEXT);
                lineY -= step(heading);
            }
            if (canvas == null) {
                canvas = PdfCanvas.append(document, contentsPage);
                canvas.text(contentsTitle, PdfStyle.MARGIN, top - PdfStyle.H1, bold, PdfStyle.H1, PdfStyle.PRIMARY);
            }
        } finally {
            if (canvas != null) {
                canvas.close();
            }
        }
    }

    private static float step(Heading heading) {
        return PdfStyle.BODY * (heading.level() == 1 ? 1.9f : 1.5f);
    }
}
