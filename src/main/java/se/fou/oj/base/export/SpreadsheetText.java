package se.fou.oj.base.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text written into a file that opens in a spreadsheet is never run as a formula (CSV injection): an indicator text,
 * an answer or a name that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would
 * otherwise be evaluated by Excel or LibreOffice. Only text cells go through here, never numbers, so a change of
 * "-13" percentage points stays a number.
 */
public final class SpreadsheetText {

    private static final String FORMULA_START = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0;
    }

    /** A CSV text cell: prefixed with a single quote (OWASP's advice) when it would start a formula. */
    public static String csv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /**
     * XLSX text cells. POI writes them as strings, which a spreadsheet never evaluates; a text that looks like a
     * formula is also marked "quote prefixed" (what Excel does for a typed {@code '=…}), so that it stays text when a
     * reader edits the cell. The text itself is unchanged.
     */
    public static final class Xlsx {

        private final Workbook workbook;
        private final Map<Short, CellStyle> quoted = new HashMap<>();

        public Xlsx(Workbook workbook) {
            this.workbook = workbook;
        }

        public void text(Cell cell, String text) {
            cell.setCellValue(text == null ? "" : text);
            if (looksLikeFormula(text)) {
                cell.setCellStyle(quoted.computeIfAbsent(cell.getCellStyle().getIndex(), index -> {
                    CellStyle style = workbook.createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    style.setQuotePrefixed(true);
                    return style;
                }));
            }
        }
    }
}
