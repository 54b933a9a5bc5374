package se.fou.oj.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.fou.oj.base.export.SpreadsheetText;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/**
 * The results as an Excel workbook: the same columns as the CSV export, numbers as numbers, a bold frozen header and
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

            List<String> header = new ArrayList<>(List.of("Kapitel", "Tabell", "Kod", "Indikator"));
            results.municipalities().forEach(m -> header.add(m.name()));
            boolean change = results.wholeRegionVisible() && results.previousRegionVisible();
            if (results.wholeRegionVisible()) {
                header.add("Snitt (%)");
                header.add("Svarande kommuner");
                header.add("Saknade svar");
            }
            if (change) {
                header.add("Snitt " + results.previousYear() + " (%)");
                header.add("Förändring (pe)");
            }
            results.comparisonUnits().forEach(u -> header.add(u.name() + " (%)"));
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellStyle(bold);
                text.text(cell, header.get(c));
            }
            sheet.createFreezePane(4, 1);

            int r = 1;
            for (IndicatorRow indicator : results.allRows()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                text.text(row.createCell(c++), indicator.chapter());
                text.text(row.createCell(c++), indicator.tableName());
                text.text(row.createCell(c++), indicator.code());
                text.text(row.createCell(c++), indicator.text());
                for (Municipality municipality : results.municipalities()) {
                    Answer answer = indicator.answerOf(municipality.id());
                    Cell cell = row.createCell(c++);
                    if (answer.number() != null) {
                        cell.setCellValue(answer.number().doubleValue());
                    } else if (answer.word() != null) {
                        text.text(cell, answer.word());
                    }
                }
                if (results.wholeRegionVisible()) {
                    numbers.set(row.createCell(c++), indicator.average().value());
                    row.createCell(c++).setCellValue(indicator.average().answered());
                    row.createCell(c++).setCellValue(indicator.average().missing());
                }
                if (change) {
                    IndicatorChange indicatorChange = indicator.change();
                    numbers.set(row.createCell(c++), indicatorChange == null || indicatorChange.previousAverage() == null
                            ? null : indicatorChange.previousAverage().value());
                    numbers.set(row.createCell(c++), indicatorChange == null ? null : indicatorChange.percentagePoints());
                }
                for (ComparisonUnit unit : results.comparisonUnits()) {
                    numbers.set(row.createCell(c++), indicator.comparisons().get(unit.code()));
                }
            }
            if (results.wholeRegionVisible()) {
                sheet.createRow(r + 1).createCell(0).setCellValue(countingRuleText);
            }
            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            sheet.setColumnWidth(2, 7 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            for (int c = 4; c < header.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Numeric cells shown with as many decimals as the value has: "0" when whole, "0.0" for 62.5, so 75 never shows as
     * 75,0 and 62,5 never as 63. (An imported comparison value may have more decimals; it shows them all.)
     */
    private static final class Numbers {
        private final SXSSFWorkbook workbook;
        private final java.util.Map<Integer, CellStyle> byDecimals = new java.util.HashMap<>();

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
