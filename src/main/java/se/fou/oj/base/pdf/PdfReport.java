package se.fou.oj.base.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import se.fou.oj.base.chart.ChartShape;

/**
 * Builds a PDF in the house style, top to bottom: a cover, a table of contents, headings, paragraphs, tables whose
 * rows never split across pages and whose header repeats, and charts drawn as vector graphics. Page numbers and the
 * contents are filled in at the end, when every page is known. Text is real text in an embedded font.
 */
public final class PdfReport implements AutoCloseable {

    /** A heading as drawn: its page and the top of its first line, where its bookmark points. */
    private record Heading(int level, String text, PDPage page, float top) {
    }

    /** The width between the margins, for callers that size table columns. */
    /** The width between the margins of a landscape page (the default), for callers that size table columns. */
    public static final float CONTENT_WIDTH = PdfStyle.CONTENT_WIDTH;

    /** The width between the margins of a portrait page. */
    public static final float PORTRAIT_CONTENT_WIDTH = PdfStyle.PAGE_HEIGHT - 2 * PdfStyle.MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String footer;
    private final String draftMark;
    private final List<Heading> headings = new ArrayList<>();
    private final float pageWidth;
    private final float pageHeight;
    private final float top;
    private final float contentWidth;
    private PDPage page;
    private PDPageContentStream content;
    private PDPage contentsPage;
    private PDPage coverPage;
    private String contentsTitle;
    private float y;

    /**
     * @param title document title (metadata and viewer title bar)
     * @param footer text at the bottom left of every page but the cover (if there is one)
     * @param draftMark if not null, printed on every page, the cover included (e.g. "UTKAST")
     */
    public PdfReport(String title, String subject, String author, String footer, String draftMark) {
        this(title, subject, author, footer, draftMark, false);
    }

    /**
     * An A4 portrait report, for documents that read top to bottom without wide tables (minutes, as Swedish minutes
     * are); the results' wide tables keep the landscape default.
     */
    public static PdfReport portrait(String title, String subject, String author, String footer, String draftMark) {
        return new PdfReport(title, subject, author, footer, draftMark, true);
    }

    private PdfReport(String title, String subject, String author, String footer, String draftMark, boolean portrait) {
        pageWidth = portrait ? PdfStyle.PAGE_HEIGHT : PdfStyle.PAGE_WIDTH;
        pageHeight = portrait ? PdfStyle.PAGE_WIDTH : PdfStyle.PAGE_HEIGHT;
        top = pageHeight - (PdfStyle.PAGE_HEIGHT - PdfStyle.TOP);
        contentWidth = pageWidth - 2 * PdfStyle.MARGIN;
        try {
            regular = PdfFonts.regular(document);
            bold = PdfFonts.bold(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.footer = footer;
        this.draftMark = draftMark;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor(author);
        info.setCreator(author + " – Öppna jämförelser");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage("sv-SE");
        PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** The cover page: a small overline, the title, a subtitle and a few facts below. */
    public void cover(String overline, String title, String subtitle, List<String> facts) {
        newPage();
        coverPage = page;
        float x = PdfStyle.MARGIN + 40;
        y = pageHeight * 0.62f;
        fillRect(0, pageHeight - 18, pageWidth, 18, PdfStyle.PRIMARY);
        text(overline, x, y + 46, regular, 12, PdfStyle.PRIMARY);
        for (String line : wrap(title, bold, 28, contentWidth - 80)) {
            text(line, x, y, bold, 28, PdfStyle.TEXT);
            y -= 36;
        }
        text(subtitle, x, y - 4, regular, 14, PdfStyle.MUTED);
        y -= 60;
        for (String fact : facts) {
            text(fact, x, y, regular, PdfStyle.BODY, PdfStyle.TEXT);
            y -= 16;
        }
    }

    /** Reserves a page for the table of contents; it is written when the document is finished. */
    public void contents(String title) {
        newPage();
        contentsPage = page;
        contentsTitle = title;
    }

    /** Level 1 starts a new page; every heading goes into the contents and the PDF's bookmarks. */
    public void heading(int level, String text) {
        float size = level == 1 ? PdfStyle.H1 : level == 2 ? PdfStyle.H2 : PdfStyle.H3;
        if (level == 1 || page == null) {
            newPage();
        } else {
            // Keep a heading with at least a few lines of what follows
            ensureSpace(size * 2 + 60);
            y -= size * 0.8f;
        }
        headings.add(new Heading(level, text, page, y));
        for (String line : wrap(text, bold, size, contentWidth)) {
            text(line, PdfStyle.MARGIN, y - size, bold, size, level == 1 ? PdfStyle.PRIMARY : PdfStyle.TEXT);
            y -= size * PdfStyle.LEADING;
        }
        y -= size * 0.4f;
    }

    public void paragraph(String text) {
        lines(text, regular, PdfStyle.BODY, PdfStyle.TEXT, contentWidth);
        y -= PdfStyle.BODY * 0.6f;
    }

    /** A text someone wrote: a blank line separates paragraphs, single line breaks join; a dash when empty. */
    public void paragraphs(String text) {
        if (text == null || text.isBlank()) {
            paragraph("–");
            return;
        }
        for (String paragraph : text.split("\\R\\s*\\R")) {
            paragraph(paragraph.replaceAll("\\s*\\R\\s*", " ").trim());
        }
    }

    /** Small grey text, e.g. the counting rule under a table. */
    public void note(String text) {
        lines(text, regular, PdfStyle.SMALL, PdfStyle.MUTED, contentWidth);
        y -= PdfStyle.SMALL * 0.5f;
    }

    /** The width between the margins of this report's pages, for sizing table columns. */
    public float contentWidth() {
        return contentWidth;
    }

    /** A labelled line, as a protokoll's head gives time and place: the label in bold, the value wrapped beside it. */
    public void fact(String label, String value) {
        float indent = 110;
        List<String> wrapped = wrap(value == null || value.isBlank() ? "–" : value, regular, PdfStyle.BODY, contentWidth - indent);
        for (int i = 0; i < wrapped.size(); i++) {
            ensureSpace(PdfStyle.BODY * PdfStyle.LEADING);
            if (i == 0) {
                text(label, PdfStyle.MARGIN, y - PdfStyle.BODY, bold, PdfStyle.BODY, PdfStyle.TEXT);
            }
            text(wrapped.get(i), PdfStyle.MARGIN + indent, y - PdfStyle.BODY, regular, PdfStyle.BODY, PdfStyle.TEXT);
            y -= PdfStyle.BODY * PdfStyle.LEADING;
        }
        y -= PdfStyle.BODY * 0.4f;
    }

    /**
     * Signature lines two by two, as minutes end: a rule to sign on, the role below it (e.g. "Justeras"), the name
     * under that and, if given, a small note (e.g. when it was approved). Each entry is {role, name} or
     * {role, name, note}.
     */
    public void signatures(List<String[]> signers) {
        float gap = 30;
        float columnWidth = (contentWidth - gap) / 2;
        for (int i = 0; i < signers.size(); i += 2) {
            ensureSpace(90);
            y -= 44;
            for (int c = 0; c < 2 && i + c < signers.size(); c++) {
                String[] signer = signers.get(i + c);
                float x = PdfStyle.MARGIN + c * (columnWidth + gap);
                line(x, y, x + columnWidth, y, PdfStyle.TEXT, 0.6f);
                text(signer[0], x, y - PdfStyle.SMALL - 3, bold, PdfStyle.SMALL, PdfStyle.MUTED);
                text(fit(signer[1], regular, PdfStyle.BODY, columnWidth), x, y - PdfStyle.SMALL - PdfStyle.BODY - 7, regular,
                        PdfStyle.BODY, PdfStyle.TEXT);
                if (signer.length > 2 && signer[2] != null) {
                    text(fit(signer[2], regular, PdfStyle.SMALL, columnWidth), x,
                            y - 2 * PdfStyle.SMALL - PdfStyle.BODY - 11, regular, PdfStyle.SMALL, PdfStyle.MUTED);
                }
            }
            y -= 2 * PdfStyle.SMALL + PdfStyle.BODY + 18;
        }
    }

    public void space(float points) {
        y -= points;
    }

    private void lines(String text, PDFont font, float size, Color color, float width) {
        for (String line : wrap(text, font, size, width)) {
            ensureSpace(size * PdfStyle.LEADING);
            text(line, PdfStyle.MARGIN, y - size, font, size, color);
            y -= size * PdfStyle.LEADING;
        }
    }

    /** A table; a row that does not fit on the page moves whole to the next one, under a repeated header. */
    public void table(PdfTable table) {
        float padding = 3;
        float leading = PdfStyle.TABLE * PdfStyle.LEADING;
        List<List<String>> headerLines = new ArrayList<>();
        float headerHeight = 0;
        for (PdfTable.Column column : table.columns()) {
            List<String> wrapped = wrap(column.header(), bold, PdfStyle.TABLE_HEADER, column.width() - 2 * padding);
            headerLines.add(wrapped);
            headerHeight = Math.max(headerHeight, wrapped.size() * leading + 2 * padding);
        }
        ensureSpace(headerHeight + 3 * leading);
        drawHeader(table, headerLines, headerHeight, padding, leading);
        for (List<PdfTable.Cell> row : table.rows()) {
            List<List<String>> cellLines = new ArrayList<>();
            float rowHeight = 0;
            for (int c = 0; c < table.columns().size(); c++) {
                PdfTable.Cell cell = row.get(c);
                List<String> wrapped = wrap(cell.text(), cell.bold() ? bold : regular, PdfStyle.TABLE,
                        table.columns().get(c).width() - 2 * padding);
                cellLines.add(wrapped);
                rowHeight = Math.max(rowHeight, wrapped.size() * leading + 2 * padding);
            }
            if (y - rowHeight < PdfStyle.BOTTOM) {
                newPage();
                drawHeader(table, headerLines, headerHeight, padding, leading);
            }
            float x = PdfStyle.MARGIN;
            for (int c = 0; c < table.columns().size(); c++) {
                PdfTable.Column column = table.columns().get(c);
                PdfTable.Cell cell = row.get(c);
                if (cell.fill() != null) {
                    fillRect(x + 1, y - rowHeight + 1, column.width() - 2, rowHeight - 2, PdfStyle.hex(cell.fill()));
                }
                drawCellLines(cellLines.get(c), cell.bold() ? bold : regular, PdfStyle.TABLE, column, x, padding, leading);
                x += column.width();
            }
            y -= rowHeight;
            line(PdfStyle.MARGIN, y, x, y, PdfStyle.RULE, 0.5f);
        }
        y -= 6;
    }

    private void drawHeader(PdfTable table, List<List<String>> headerLines, float height, float padding, float leading) {
        float width = (float) table.columns().stream().mapToDouble(PdfTable.Column::width).sum();
        fillRect(PdfStyle.MARGIN, y - height, width, height, PdfStyle.HEADER_FILL);
        float x = PdfStyle.MARGIN;
        for (int c = 0; c < table.columns().size(); c++) {
            drawCellLines(headerLines.get(c), bold, PdfStyle.TABLE_HEADER, table.columns().get(c), x, padding, leading);
            x += table.columns().get(c).width();
        }
        y -= height;
        line(PdfStyle.MARGIN, y, PdfStyle.MARGIN + width, y, PdfStyle.MUTED, 0.7f);
    }

    private void drawCellLines(List<String> lines, PDFont font, float size, PdfTable.Column column, float x,
                               float padding, float leading) {
        float lineY = y - padding - size;
        for (String text : lines) {
            float textWidth = width(text, font, size);
            float textX = switch (column.align()) {
                case LEFT -> x + padding;
                case CENTER -> x + (column.width() - textWidth) / 2;
                case RIGHT -> x + column.width() - padding - textWidth;
            };
            text(text, textX, lineY, font, size, PdfStyle.TEXT);
            lineY -= leading;
        }
    }

    /** A chart from the same primitives the screen draws as SVG, scaled to the given width. */
    public void chart(List<ChartShape> shapes, float layoutWidth, float layoutHeight, float width) {
        float scale = width / layoutWidth;
        float height = layoutHeight * scale;
        ensureSpace(height + 8);
        float originX = PdfStyle.MARGIN;
        float originY = y;
        try {
            for (ChartShape shape : shapes) {
                if (shape instanceof ChartShape.Rect r) {
                    fillRect(originX + (float) r.x() * scale, originY - (float) (r.y() + r.height()) * scale,
                            (float) r.width() * scale, (float) r.height() * scale, PdfStyle.hex(r.fill()));
                } else if (shape instanceof ChartShape.Line l) {
                    line(originX + (float) l.x1() * scale, originY - (float) l.y1() * scale,
                            originX + (float) l.x2() * scale, originY - (float) l.y2() * scale,
                            PdfStyle.hex(l.stroke()), (float) l.strokeWidth() * scale);
                } else if (shape instanceof ChartShape.Text t) {
                    PDFont font = t.bold() ? bold : regular;
                    float size = (float) t.size() * scale;
                    float textWidth = width(t.text(), font, size);
                    float x = originX + (float) t.x() * scale;
                    x -= t.anchor() == ChartShape.Anchor.MIDDLE ? textWidth / 2
                            : t.anchor() == ChartShape.Anchor.END ? textWidth : 0;
                    text(t.text(), x, originY - (float) t.y() * scale, font, size, PdfStyle.hex(t.fill()));
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Diagrammet kunde inte ritas", e);
        }
        y -= height + 8;
    }

    /** Starts a new page if less than the given height is left on this one. */
    public void ensureSpace(float height) {
        if (page == null || y - height < PdfStyle.BOTTOM) {
            newPage();
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    /** Finishes the document (contents, bookmarks, page numbers) and writes it. */
    public void writeTo(OutputStream out) {
        try {
            closeContent();
            writeContents();
            writeOutline();
            writeFooters();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The contents: levels 1 and 2 with their page numbers. A long list continues on pages inserted right after the
     * reserved one, before any number is written, so every page number counts them.
     */
    private void writeContents() throws IOException {
        if (contentsPage == null) {
            return;
        }
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
            lineY -= contentsStep(heading);
        }
        List<PDPage> contentsPages = new ArrayList<>(List.of(contentsPage));
        for (int i = 0; i < pageIndex; i++) {
            PDPage continuation = new PDPage(new PDRectangle(pageWidth, pageHeight));
            document.getPages().insertAfter(continuation, contentsPages.get(contentsPages.size() - 1));
            contentsPages.add(continuation);
        }
        PDPageContentStream stream = null;
        try {
            int current = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (pageOf.get(i) != current) {
                    if (stream != null) {
                        stream.close();
                    }
                    current = pageOf.get(i);
                    stream = new PDPageContentStream(document, contentsPages.get(current),
                            PDPageContentStream.AppendMode.APPEND, true, true);
                    content = stream;
                    lineY = top - PdfStyle.BODY;
                    if (current == 0) {
                        lineY = top - PdfStyle.H1;
                        text(contentsTitle, PdfStyle.MARGIN, lineY, bold, PdfStyle.H1, PdfStyle.PRIMARY);
                        lineY -= PdfStyle.H1 * 1.6f;
                    }
                }
                Heading heading = entries.get(i);
                float indent = heading.level() == 1 ? 0 : 16;
                PDFont font = heading.level() == 1 ? bold : regular;
                String number = String.valueOf(pageNumber(heading.page()));
                String label = fit(heading.text(), font, PdfStyle.BODY, contentWidth - indent - 60);
                text(label, PdfStyle.MARGIN + indent, lineY, font, PdfStyle.BODY, PdfStyle.TEXT);
                text(number, pageWidth - PdfStyle.MARGIN - width(number, regular, PdfStyle.BODY), lineY,
                        regular, PdfStyle.BODY, PdfStyle.TEXT);
                lineY -= contentsStep(heading);
            }
            if (stream == null) {
                stream = new PDPageContentStream(document, contentsPage, PDPageContentStream.AppendMode.APPEND, true, true);
                content = stream;
                text(contentsTitle, PdfStyle.MARGIN, top - PdfStyle.H1, bold, PdfStyle.H1, PdfStyle.PRIMARY);
            }
        } finally {
            if (stream != null) {
                stream.close();
            }
            content = null;
        }
    }

    private static float contentsStep(Heading heading) {
        return PdfStyle.BODY * (heading.level() == 1 ? 1.9f : 1.5f);
    }

    /**
     * The bookmarks: the contents page (if any), then every heading in the order drawn, level 2 under its level 1 and
     * level 3 under its level 2, each opening the page at the heading itself. Open down to level 2, as the contents.
     */
    private void writeOutline() {
        PDDocumentOutline outline = new PDDocumentOutline();
        if (contentsPage != null) {
            outline.addLast(bookmark(contentsTitle, contentsPage, top));
        }
        PDOutlineItem level1 = null;
        PDOutlineItem level2 = null;
        for (Heading heading : headings) {
            PDOutlineItem item = bookmark(heading.text(), heading.page(), heading.top());
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

    private PDOutlineItem bookmark(String title, PDPage target, float top) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(clean(title));
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(target);
        destination.setLeft(0);
        destination.setTop(Math.round(Math.min(pageHeight, top + 12)));
        item.setDestination(destination);
        return item;
    }

    /** Page numbers and the footer on every page but a cover; the draft mark on every page. */
    private void writeFooters() throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage numbered = document.getPage(i);
            boolean cover = numbered.equals(coverPage);
            if (cover && draftMark == null) {
                continue;
            }
            try (PDPageContentStream stream = new PDPageContentStream(document, numbered,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stream;
                if (!cover) {
                    line(PdfStyle.MARGIN, PdfStyle.BOTTOM - 14, pageWidth - PdfStyle.MARGIN, PdfStyle.BOTTOM - 14,
                            PdfStyle.RULE, 0.5f);
                    text(footer, PdfStyle.MARGIN, PdfStyle.BOTTOM - 26, regular, PdfStyle.SMALL, PdfStyle.MUTED);
                    String number = "Sida " + (i + 1) + " av " + total;
                    text(number, pageWidth - PdfStyle.MARGIN - width(number, regular, PdfStyle.SMALL),
                            PdfStyle.BOTTOM - 26, regular, PdfStyle.SMALL, PdfStyle.MUTED);
                }
                if (draftMark != null) {
                    if (!cover) {
                        float markWidth = width(draftMark, bold, PdfStyle.SMALL);
                        text(draftMark, (pageWidth - markWidth) / 2, PdfStyle.BOTTOM - 26, bold, PdfStyle.SMALL,
                                new Color(0xb0, 0x2a, 0x2a));
                    }
                    text(draftMark, pageWidth - PdfStyle.MARGIN - width(draftMark, bold, PdfStyle.H3),
                            pageHeight - 28, bold, PdfStyle.H3, new Color(0xb0, 0x2a, 0x2a));
                }
            } finally {
                content = null;
            }
        }
    }

    private int pageNumber(PDPage target) {
        return document.getPages().indexOf(target) + 1;
    }

    private void newPage() {
        closeContent();
        page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    private void text(String text, float x, float baseline, PDFont font, float size, Color color) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(clean(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillRect(float x, float bottom, float width, float height, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
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

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(clean(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks text into lines that fit the width: at spaces, hard newlines kept, over-long words cut. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    // A word too long for its column breaks after a hyphen where it has one: "Upplands-" / "Bro"
                    int hyphen = rest.lastIndexOf('-', cut - 1);
                    if (hyphen > 0 && hyphen + 1 < rest.length()) {
                        cut = hyphen + 1;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String fit(String text, PDFont font, float size, float maxWidth) {
        if (width(text, font, size) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && width(shortened + "…", font, size) > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    /** Control characters (tabs, stray returns) have no glyph; PDFBox would refuse them. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\n]]", " ").replace('\n', ' ');
    }
}
