package se.fou.oj.base.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import se.fou.oj.base.chart.ChartShape;

/**
 * Builds a PDF in the house style, top to bottom: a cover, a table of contents, headings, paragraphs, tables whose
 * rows never split across pages and whose header repeats, and charts drawn as vector graphics. Page numbers and the
 * contents are filled in at the end, when every page is known. Text is real text in an embedded font.
 *
 * <p>This is the one class the features use; the work is done by {@link PageCursor} (where the next thing goes),
 * {@link PdfTableDrawer}, {@link PdfChartDrawer}, {@link PdfContents} with {@link PdfOutline} (contents and
 * bookmarks), {@link PdfFooters} and {@link PdfText} (measuring and wrapping).
 */
public final class PdfReport implements AutoCloseable {

    /** The width between the margins of a landscape page (the default), for callers that size table columns. */
    public static final float CONTENT_WIDTH = PdfStyle.CONTENT_WIDTH;

    /** The width between the margins of a portrait page. */
    public static final float PORTRAIT_CONTENT_WIDTH = PdfStyle.PAGE_HEIGHT - 2 * PdfStyle.MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String footer;
    private final String draftMark;
    private final PageCursor cursor;
    private final PdfContents contents;
    private final PdfTableDrawer tables;
    private final PdfChartDrawer charts;
    private PDPage coverPage;
    private final PdfGenerationTimer generation;

    /**
     * @param title document title (metadata and viewer title bar)
     * @param footer text at the bottom left of every page but the cover (if there is one)
     * @param draftMark if not null, printed on every page, the cover included (e.g. "UTKAST")
     */
    public PdfReport(String title, String subject, String author, String footer, String draftMark) {
        this(title, subject, author, footer, draftMark, false, PdfGenerationTimer.startForCallerOfCaller());
    }

    /**
     * An A4 portrait report, for documents that read top to bottom without wide tables (minutes, as Swedish minutes
     * are); the results' wide tables keep the landscape default.
     */
    public static PdfReport portrait(String title, String subject, String author, String footer, String draftMark) {
        return new PdfReport(title, subject, author, footer, draftMark, true, PdfGenerationTimer.startForCallerOfCaller());
    }

    private PdfReport(String title, String subject, String author, String footer, String draftMark, boolean portrait,
                      PdfGenerationTimer generation) {
        this.generation = generation;
        cursor = new PageCursor(document, portrait);
        try {
            regular = PdfFonts.regular(document);
            bold = PdfFonts.bold(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contents = new PdfContents(document, cursor, regular, bold);
        tables = new PdfTableDrawer(cursor, regular, bold);
        charts = new PdfChartDrawer(cursor, regular, bold);
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
        cursor.newPage();
        coverPage = cursor.page();
        PdfCanvas canvas = cursor.canvas();
        float pageWidth = cursor.pageWidth();
        float pageHeight = cursor.pageHeight();
        float x = PdfStyle.MARGIN + 40;
        cursor.moveTo(pageHeight * 0.62f);
        canvas.fillRect(0, pageHeight - 18, pageWidth, 18, PdfStyle.PRIMARY);
        canvas.text(overline, x, cursor.y() + 46, regular, 12, PdfStyle.PRIMARY);
        for (String line : PdfText.wrap(title, bold, 28, cursor.contentWidth() - 80)) {
            canvas.text(line, x, cursor.y(), bold, 28, PdfStyle.TEXT);
            cursor.down(36);
        }
        canvas.text(subtitle, x, cursor.y() - 4, regular, 14, PdfStyle.MUTED);
        cursor.down(60);
        for (String fact : facts) {
            canvas.text(fact, x, cursor.y(), regular, PdfStyle.BODY, PdfStyle.TEXT);
            cursor.down(16);
        }
    }

    /** Reserves a page for the table of contents; it is written when the document is finished. */
    public void contents(String title) {
        cursor.newPage();
        contents.reserve(cursor.page(), title);
    }

    /** Level 1 starts a new page; every heading goes into the contents and the PDF's bookmarks. */
    public void heading(int level, String text) {
        float size = level == 1 ? PdfStyle.H1 : level == 2 ? PdfStyle.H2 : PdfStyle.H3;
        if (level == 1 || cursor.page() == null) {
            cursor.newPage();
        } else {
            // Keep a heading with at least a few lines of what follows
            ensureSpace(size * 2 + 60);
            cursor.down(size * 0.8f);
        }
        contents.add(level, text, cursor.page(), cursor.y());
        for (String line : PdfText.wrap(text, bold, size, cursor.contentWidth())) {
            cursor.canvas().text(line, PdfStyle.MARGIN, cursor.y() - size, bold, size,
                    level == 1 ? PdfStyle.PRIMARY : PdfStyle.TEXT);
            cursor.down(size * PdfStyle.LEADING);
        }
        cursor.down(size * 0.4f);
    }

    public void paragraph(String text) {
        lines(text, regular, PdfStyle.BODY, PdfStyle.TEXT, cursor.contentWidth());
        cursor.down(PdfStyle.BODY * 0.6f);
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
        lines(text, regular, PdfStyle.SMALL, PdfStyle.MUTED, cursor.contentWidth());
        cursor.down(PdfStyle.SMALL * 0.5f);
    }

    /** The width between the margins of this report's pages, for sizing table columns. */
    public float contentWidth() {
        return cursor.contentWidth();
    }

    /** A labelled line, as a protokoll's head gives time and place: the label in bold, the value wrapped beside it. */
    public void fact(String label, String value) {
        float indent = 110;
        List<String> wrapped = PdfText.wrap(value == null || value.isBlank() ? "–" : value, regular, PdfStyle.BODY,
                cursor.contentWidth() - indent);
        for (int i = 0; i < wrapped.size(); i++) {
            ensureSpace(PdfStyle.BODY * PdfStyle.LEADING);
            float baseline = cursor.y() - PdfStyle.BODY;
            if (i == 0) {
                cursor.canvas().text(label, PdfStyle.MARGIN, baseline, bold, PdfStyle.BODY, PdfStyle.TEXT);
            }
            cursor.canvas().text(wrapped.get(i), PdfStyle.MARGIN + indent, baseline, regular, PdfStyle.BODY, PdfStyle.TEXT);
            cursor.down(PdfStyle.BODY * PdfStyle.LEADING);
        }
        cursor.down(PdfStyle.BODY * 0.4f);
    }

    /**
     * Signature lines two by two, as minutes end: a rule to sign on, the role below it (e.g. "Justeras"), the name
     * under that and, if given, a small note (e.g. when it was approved). Each entry is {role, name} or
     * {role, name, note}.
     */
    public void signatures(List<String[]> signers) {
        float gap = 30;
        float columnWidth = (cursor.contentWidth() - gap) / 2;
        for (int i = 0; i < signers.size(); i += 2) {
            ensureSpace(90);
            cursor.down(44);
            float y = cursor.y();
            PdfCanvas canvas = cursor.canvas();
            for (int c = 0; c < 2 && i + c < signers.size(); c++) {
                String[] signer = signers.get(i + c);
                float x = PdfStyle.MARGIN + c * (columnWidth + gap);
                canvas.line(x, y, x + columnWidth, y, PdfStyle.TEXT, 0.6f);
                canvas.text(signer[0], x, y - PdfStyle.SMALL - 3, bold, PdfStyle.SMALL, PdfStyle.MUTED);
                canvas.text(PdfText.fit(signer[1], regular, PdfStyle.BODY, columnWidth), x,
                        y - PdfStyle.SMALL - PdfStyle.BODY - 7, regular, PdfStyle.BODY, PdfStyle.TEXT);
                if (signer.length > 2 && signer[2] != null) {
                    canvas.text(PdfText.fit(signer[2], regular, PdfStyle.SMALL, columnWidth), x,
                            y - 2 * PdfStyle.SMALL - PdfStyle.BODY - 11, regular, PdfStyle.SMALL, PdfStyle.MUTED);
                }
            }
            cursor.down(2 * PdfStyle.SMALL + PdfStyle.BODY + 18);
        }
    }

    public void space(float points) {
        cursor.down(points);
    }

    private void lines(String text, PDFont font, float size, Color color, float width) {
        for (String line : PdfText.wrap(text, font, size, width)) {
            ensureSpace(size * PdfStyle.LEADING);
            cursor.canvas().text(line, PdfStyle.MARGIN, cursor.y() - size, font, size, color);
            cursor.down(size * PdfStyle.LEADING);
        }
    }

    /** A table; a row that does not fit on the page moves whole to the next one, under a repeated header. */
    public void table(PdfTable table) {
        tables.draw(table);
    }

    /** A chart from the same primitives the screen draws as SVG, scaled to the given width. */
    public void chart(List<ChartShape> shapes, float layoutWidth, float layoutHeight, float width) {
        charts.draw(shapes, layoutWidth, layoutHeight, width);
    }

    /** Starts a new page if less than the given height is left on this one. */
    public void ensureSpace(float height) {
        cursor.ensureSpace(height);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    /** Finishes the document (contents, bookmarks, page numbers) and writes it. */
    public void writeTo(OutputStream out) {
        try {
            cursor.close();
            contents.write();
            PdfOutline.write(document, contents, cursor.pageHeight(), cursor.top());
            PdfFooters.write(document, cursor, regular, bold, footer, draftMark, coverPage);
            document.save(out);
            generation.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            cursor.close();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float width(String text, PDFont font, float size) {
        return PdfText.width(text, font, size);
    }

    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        return PdfText.wrap(text, font, size, maxWidth);
    }
}
