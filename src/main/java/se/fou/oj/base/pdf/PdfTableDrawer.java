package se.fou.oj.base.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Tables in the flow of a report. Kept apart because their page breaks have rules of their own: a row never splits
 * across pages (it moves whole to the next one) and the header is drawn again at the top of every page the table
 * continues on.
 */
final class PdfTableDrawer {

    private static final float PADDING = 3;

    private final PageCursor cursor;
    private final PDFont regular;
    private final PDFont bold;

    PdfTableDrawer(PageCursor cursor, PDFont regular, PDFont bold) {
        this.cursor = cursor;
        this.regular = regular;
        this.bold = bold;
    }

    void draw(PdfTable table) {
        float leading = PdfStyle.TABLE * PdfStyle.LEADING;
        List<List<String>> headerLines = new ArrayList<>();
        float headerHeight = 0;
        for (PdfTable.Column column : table.columns()) {
            List<String> wrapped = PdfText.wrap(column.header(), bold, PdfStyle.TABLE_HEADER, column.width() - 2 * PADDING);
            headerLines.add(wrapped);
            headerHeight = Math.max(headerHeight, wrapped.size() * leading + 2 * PADDING);
        }
        cursor.ensureSpace(headerHeight + 3 * leading);
        drawHeader(table, headerLines, headerHeight, leading);
        for (List<PdfTable.Cell> row : table.rows()) {
            List<List<String>> cellLines = new ArrayList<>();
            float rowHeight = 0;
            for (int c = 0; c < table.columns().size(); c++) {
                PdfTable.Cell cell = row.get(c);
                List<String> wrapped = PdfText.wrap(cell.text(), cell.bold() ? bold : regular, PdfStyle.TABLE,
                        table.columns().get(c).width() - 2 * PADDING);
                cellLines.add(wrapped);
                rowHeight = Math.max(rowHeight, wrapped.size() * leading + 2 * PADDING);
            }
            if (cursor.overflows(rowHeight)) {
                cursor.newPage();
                drawHeader(table, headerLines, headerHeight, leading);
            }
            float x = PdfStyle.MARGIN;
            for (int c = 0; c < table.columns().size(); c++) {
                PdfTable.Column column = table.columns().get(c);
                PdfTable.Cell cell = row.get(c);
                if (cell.fill() != null) {
                    cursor.canvas().fillRect(x + 1, cursor.y() - rowHeight + 1, column.width() - 2, rowHeight - 2,
                            PdfStyle.hex(cell.fill()));
                }
                drawCellLines(cellLines.get(c), cell.bold() ? bold : regular, PdfStyle.TABLE, column, x, leading);
                x += column.width();
            }
            cursor.down(rowHeight);
            cursor.canvas().line(PdfStyle.MARGIN, cursor.y(), x, cursor.y(), PdfStyle.RULE, 0.5f);
        }
        cursor.down(6);
    }

    private void drawHeader(PdfTable table, List<List<String>> headerLines, float height, float leading) {
        float width = (float) table.columns().stream().mapToDouble(PdfTable.Column::width).sum();
        cursor.canvas().fillRect(PdfStyle.MARGIN, cursor.y() - height, width, height, PdfStyle.HEADER_FILL);
        float x = PdfStyle.MARGIN;
        for (int c = 0; c < table.columns().size(); c++) {
            drawCellLines(headerLines.get(c), bold, PdfStyle.TABLE_HEADER, table.columns().get(c), x, leading);
            x += table.columns().get(c).width();
        }
        cursor.down(height);
        cursor.canvas().line(PdfStyle.MARGIN, cursor.y(), PdfStyle.MARGIN + width, cursor.y(), PdfStyle.MUTED, 0.7f);
    }

    private void drawCellLines(List<String> lines, PDFont font, float size, PdfTable.Column column, float x, float leading) {
        float lineY = cursor.y() - PADDING - size;
        for (String text : lines) {
            float textWidth = PdfText.width(text, font, size);
            float textX = switch (column.align()) {
                case LEFT -> x + PADDING;
                case CENTER -> x + (column.width() - textWidth) / 2;
                case RIGHT -> x + column.width() - PADDING - textWidth;
            };
            cursor.canvas().text(text, textX, lineY, font, size, PdfStyle.TEXT);
            lineY -= leading;
        }
    }
}
