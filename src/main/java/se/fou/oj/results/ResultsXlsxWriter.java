package se.fou.oj.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.fou.oj.base.export.SpreadsheetText;
import se.fou.oj.results.ResultsColumns.Column;

/**
 * The results as an Excel workbook: the same columns as the CSV export ({@link ResultsColumns}), numbers as numbers, a bold frozen header and
 * the counting rule under the table. Written streaming, row by row. A percentage is the exact number (62.5), shown
 * with one decimal only where it is not whole, as the reports print it (Excel shows the decimal comma of its locale).
 */
final class ResultsXlsxWriter {

    private ResultsXlsxWriter() {
    }

    static void write(CycleResults results, String countingRuleText, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(results.cycle().year() + " " + shorten(results.cycle().areaName()));
            SpreadsheetText.Xlsx text = new SpreadsheetText.Xlsx(workbook);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Numbers numbers = new Numbers(workbook);

            List<Column> columns = ResultsColumns.of(results, ResultsColumns.Layout.WORKBOOK);
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellStyle(bold);
                text.text(cell, columns.get(c).header());
            }
            sheet.createFreezePane(ResultsColumns.describing(columns), 1);

            int r = 1;
            for (IndicatorRow indicator : results.allRows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    write(row.createCell(c), column.kind(), column.value().apply(indicator), text, numbers);
                }
            }
            if (results.wholeRegionVisible()) {
                sheet.createRow(r + 1).createCell(0).setCellValue(countingRuleText);
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as text (never a formula), answers as numbers or words, figures as numbers; a missing value stays empty. */
    private static void write(Cell cell, ResultsColumns.Kind kind, Object value, SpreadsheetText.Xlsx text, Numbers numbers) {
        switch (kind) {
            case TEXT -> text.text(cell, (String) value);
            case ANSWER -> {
                Answer answer = (Answer) value;
                if (answer.number() != null) {
                    cell.setCellValue(answer.number().doubleValue());
                } else if (answer.word() != null) {
                    text.text(cell, answer.word());
                }
            }
            case PERCENT -> numbers.set(cell, (BigDecimal) value);
            case COUNT -> cell.setCellValue((Integer) value);
        }
    }

    /**
     * Numeric cells shown with as many decimals as the value has: "0" when whole, "0.0" for 62.5, so 75 never shows as
     * 75,0 and 62,5 never as 63. (An imported comparison value may have more decimals; it shows them all.)
     */
    private static final class Numbers {
        private final SXSSFWorkbook workbook;
        private final Map<Integer, CellStyle> byDecimals = new HashMap<>();

        Numbers(SXSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        void set(Cell cell, BigDecimal value) {
            if (value != null) {
                BigDecimal exact = Percent.normalize(value);
                cell.setCellValue(exact.doubleValue());
                cell.setCellStyle(byDecimals.computeIfAbsent(Math.max(exact.scale(), 0), decimals -> {
                    CellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
                    return style;
                }));
            }
        }
    }

    /** Sheet names may be at most 31 characters. */
    private static String shorten(String name) {
        return name.length() > 25 ? name.substring(0, 25) : name;
    }
}
