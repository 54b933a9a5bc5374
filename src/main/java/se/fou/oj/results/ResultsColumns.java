package se.fou.oj.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/**
 * The columns of the results export, built once for both files: the Swedish headers and which figure of an indicator
 * goes in which column live here, and {@link ResultsCsvWriter} and {@link ResultsXlsxWriter} only render them. So a
 * column added, renamed or hidden before publication changes the CSV and the workbook alike.
 *
 * <p>The two files differ on purpose in their leading columns only: the CSV keeps the import layout's keys
 * ({@code area;group;table;code;indicator}, comparison units by their bare name) so that it can be imported again,
 * while the workbook is for reading, with Swedish headings and the unit of the comparison columns.
 */
final class ResultsColumns {

    /** How a cell is written: text is guarded against formulas, numbers stay numbers. */
    enum Kind { TEXT, ANSWER, PERCENT, COUNT }

    /** Which file the columns are for. */
    enum Layout { CSV, WORKBOOK }

    /**
     * One column: its header, how its cells are written, its width in the workbook (characters) and its value for an
     * indicator: a String (TEXT), an {@link Answer} (ANSWER), a BigDecimal or null (PERCENT) or an Integer (COUNT).
     */
    record Column(String header, Kind kind, int width, Function<IndicatorRow, Object> value) {
    }

    private ResultsColumns() {
    }

    static List<Column> of(CycleResults results, Layout layout) {
        List<Column> columns = new ArrayList<>();
        if (layout == Layout.CSV) {
            String area = results.cycle().areaName();
            columns.add(new Column("area", Kind.TEXT, 22, row -> area));
            columns.add(new Column("group", Kind.TEXT, 30, IndicatorRow::chapter));
            columns.add(new Column("table", Kind.TEXT, 30, IndicatorRow::tableName));
            columns.add(new Column("code", Kind.TEXT, 7, IndicatorRow::code));
            columns.add(new Column("indicator", Kind.TEXT, 60, IndicatorRow::text));
        } else {
            columns.add(new Column("Kapitel", Kind.TEXT, 22, IndicatorRow::chapter));
            columns.add(new Column("Tabell", Kind.TEXT, 30, IndicatorRow::tableName));
            columns.add(new Column("Kod", Kind.TEXT, 7, IndicatorRow::code));
            columns.add(new Column("Indikator", Kind.TEXT, 60, IndicatorRow::text));
        }
        for (Municipality municipality : results.municipalities()) {
            long id = municipality.id();
            columns.add(new Column(municipality.name(), Kind.ANSWER, 14, row -> row.answerOf(id)));
        }
        // The regional figures exist only where the reader may see them (published, or FoU)
        if (results.wholeRegionVisible()) {
            columns.add(new Column("Snitt (%)", Kind.PERCENT, 14, row -> row.average().value()));
            columns.add(new Column("Svarande kommuner", Kind.COUNT, 14, row -> row.average().answered()));
            columns.add(new Column("Saknade svar", Kind.COUNT, 14, row -> row.average().missing()));
            if (results.previousRegionVisible()) {
                columns.add(new Column("Snitt " + results.previousYear() + " (%)", Kind.PERCENT, 14,
                        ResultsColumns::previousAverage));
                columns.add(new Column("Förändring (pe)", Kind.PERCENT, 14,
                        row -> row.change() == null ? null : row.change().percentagePoints()));
            }
        }
        for (ComparisonUnit unit : results.comparisonUnits()) {
            String code = unit.code();
            String header = layout == Layout.CSV ? unit.name() : unit.name() + " (%)";
            columns.add(new Column(header, Kind.PERCENT, 14, row -> row.comparisons().get(code)));
        }
        return columns;
    }

    private static BigDecimal previousAverage(IndicatorRow row) {
        IndicatorChange change = row.change();
        return change == null || change.previousAverage() == null ? null : change.previousAverage().value();
    }

    /** How many leading columns describe the indicator (the workbook keeps them in view when scrolling). */
    static int describing(List<Column> columns) {
        int n = 0;
        while (n < columns.size() && columns.get(n).kind() == Kind.TEXT) {
            n++;
        }
        return n;
    }
}
