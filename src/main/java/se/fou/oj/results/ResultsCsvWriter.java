package se.fou.oj.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.export.SpreadsheetText;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/**
 * Writes results as semicolon-separated UTF-8 in the import layout, plus the regional average and its basis, and
 * the counting rule as the last line, so a spreadsheet shows the same figures as the screen. Percentages are plain
 * numbers with the Swedish decimal comma ("62,5"), which a Swedish spreadsheet reads as numbers; the header names the
 * unit.
 */
final class ResultsCsvWriter {

    private ResultsCsvWriter() {
    }

    static String write(CycleResults results, String countingRuleText) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("area", "group", "table", "code", "indicator"));
        results.municipalities().forEach(m -> header.add(SpreadsheetText.csv(m.name())));
        if (results.wholeRegionVisible()) {
            header.add("Snitt (%)");
            header.add("Svarande kommuner");
            header.add("Saknade svar");
            if (results.previousRegionVisible()) {
                header.add("Snitt " + results.previousYear() + " (%)");
                header.add("Förändring (pe)");
            }
        }
        results.comparisonUnits().forEach(u -> header.add(SpreadsheetText.csv(u.name())));
        line(out, header);
        for (IndicatorRow row : results.allRows()) {
            // Text from the imported file is neutralized, numbers are written as numbers
            List<String> cells = new ArrayList<>(java.util.stream.Stream.of(results.cycle().areaName(), row.chapter(),
                    row.tableName(), row.code(), row.text()).map(SpreadsheetText::csv).toList());
            for (Municipality municipality : results.municipalities()) {
                Answer answer = row.answerOf(municipality.id());
                cells.add(answer.number() != null ? answer.display() : SpreadsheetText.csv(answer.display()));
            }
            if (results.wholeRegionVisible()) {
                RegionalAverage average = row.average();
                cells.add(Percent.number(average.value()));
                cells.add(String.valueOf(average.answered()));
                cells.add(String.valueOf(average.missing()));
                if (results.previousRegionVisible()) {
                    IndicatorChange change = row.change();
                    cells.add(change == null || change.previousAverage() == null ? ""
                            : Percent.number(change.previousAverage().value()));
                    cells.add(change == null ? "" : Percent.number(change.percentagePoints()));
                }
            }
            for (ComparisonUnit unit : results.comparisonUnits()) {
                BigDecimal percent = row.comparisons().get(unit.code());
                cells.add(Percent.number(percent));
            }
            line(out, cells);
        }
        if (results.wholeRegionVisible()) {
            out.append("# ").append(countingRuleText).append("\r\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String quote(String cell) {
        String value = cell == null ? "" : cell;
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
