package se.fou.oj.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.fou.oj.base.export.SpreadsheetText;
import se.fou.oj.results.ResultsColumns.Column;

/**
 * Writes results as semicolon-separated UTF-8 in the import layout, plus the regional average and its basis, and
 * the counting rule as the last line, so a spreadsheet shows the same figures as the screen. Percentages are plain
 * numbers with the Swedish decimal comma ("62,5"), which a Swedish spreadsheet reads as numbers; the header names the
 * unit. The columns come from {@link ResultsColumns}; quoting is RFC 4180 by Apache Commons CSV, so a text with a
 * semicolon, a quote or a line break reads back as the one cell it is.
 */
final class ResultsCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setDelimiter(ResultsFileReader.DELIMITER)
            .setCommentMarker('#')
            .get();

    private ResultsCsvWriter() {
    }

    static String write(CycleResults results, String countingRuleText) {
        List<Column> columns = ResultsColumns.of(results, ResultsColumns.Layout.CSV);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            // Names in the header come from the database (municipalities, units): neutralized like any text
            printer.printRecord(columns.stream().map(c -> SpreadsheetText.csv(c.header())).toList());
            for (IndicatorRow row : results.allRows()) {
                List<String> cells = new ArrayList<>(columns.size());
                for (Column column : columns) {
                    cells.add(cell(column, column.value().apply(row)));
                }
                printer.printRecord(cells);
            }
            if (results.wholeRegionVisible()) {
                printer.printComment(countingRuleText);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Text from the imported file is neutralized, numbers are written as numbers. */
    private static String cell(Column column, Object value) {
        return switch (column.kind()) {
            case TEXT -> SpreadsheetText.csv((String) value);
            case ANSWER -> {
                Answer answer = (Answer) value;
                yield answer.number() != null ? answer.display() : SpreadsheetText.csv(answer.display());
            }
            case PERCENT -> Percent.number((BigDecimal) value);
            case COUNT -> String.valueOf(value);
        };
    }
}
