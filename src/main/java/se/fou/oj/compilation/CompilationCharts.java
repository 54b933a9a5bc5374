package se.fou.oj.compilation;

import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.chart.BarChart;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.CountingRule;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultTable;

/** The compilation's charts, built from the results: the same data for the screen and the PDF. */
public final class CompilationCharts {

    public static final String REGION_COLOR = "#25609e";
    private static final String[] UNIT_COLORS = {"#8fb3d9", "#d4a72c", "#7a8c99"};

    private CompilationCharts() {
    }

    /** Per indicator of the table: the regional average, then each comparison unit (Stockholm, Riket). */
    public static BarChart tableChart(CycleResults results, ResultTable table, String regionLabel) {
        List<IndicatorRow> rows = table.rows().stream().filter(r -> r.scale() == AnswerScale.WORD).toList();
        List<ComparisonUnit> units = results.comparisonUnits();
        List<BarChart.Series> series = new ArrayList<>();
        series.add(new BarChart.Series(regionLabel, REGION_COLOR));
        for (int u = 0; u < units.size(); u++) {
            series.add(new BarChart.Series(units.get(u).name(), UNIT_COLORS[u % UNIT_COLORS.length]));
        }
        Double[][] values = new Double[series.size()][rows.size()];
        for (int c = 0; c < rows.size(); c++) {
            IndicatorRow row = rows.get(c);
            values[0][c] = row.average() == null || row.average().value() == null ? null : row.average().value().doubleValue();
            for (int u = 0; u < units.size(); u++) {
                var value = row.comparisons().get(units.get(u).code());
                values[u + 1][c] = value == null ? null : value.doubleValue();
            }
        }
        return new BarChart(table.tableName(), rows.stream().map(IndicatorRow::code).toList(), series, values, 100, " %");
    }

    /** Per municipality: how many of the cycle's yes/no indicators it fulfils (by the counting rule). */
    public static BarChart municipalityOverview(CycleResults results, String seriesLabel) {
        List<IndicatorRow> rows = results.allRows().stream().filter(r -> r.scale() == AnswerScale.WORD).toList();
        List<Municipality> municipalities = results.municipalities();
        Double[][] values = new Double[1][municipalities.size()];
        for (int m = 0; m < municipalities.size(); m++) {
            long id = municipalities.get(m).id();
            values[0][m] = (double) rows.stream().filter(r -> CountingRule.isFulfilled(r.answerOf(id).word())).count();
        }
        return new BarChart(seriesLabel, municipalities.stream().map(Municipality::name).toList(),
                List.of(new BarChart.Series(seriesLabel, REGION_COLOR)), values, Math.max(rows.size(), 1), "");
    }

    public static int wordIndicatorCount(CycleResults results) {
        return (int) results.allRows().stream().filter(r -> r.scale() == AnswerScale.WORD).count();
    }
}
