package se.fou.oj.base.pdf;

import java.util.List;

/** A table for {@link PdfReport#table}: columns with widths in points, rows of cells. */
public record PdfTable(List<Column> columns, List<List<Cell>> rows) {

    public enum Align {
        LEFT, CENTER, RIGHT
    }

    public record Column(String header, float width, Align align) {
    }

    /** A cell's text, with an optional background colour (hex) and bold. */
    public record Cell(String text, String fill, boolean bold) {

        public static Cell of(String text) {
            return new Cell(text, null, false);
        }
    }
}
