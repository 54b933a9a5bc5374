package se.fou.oj.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.fou.oj.base.chart.BarChart;
import se.fou.oj.base.chart.LineChart;
import se.fou.oj.compilation.CompilationCharts;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.Percent;

/** An indicator's trend as a line chart: the same data for the screen and the follow-up PDF. */
public final class TrendCharts {

    public static final double WIDTH = 420;
    public static final double HEIGHT = 180;
    private static final String[] UNIT_COLORS = {"#d4a72c", "#7a8c99"};

    private TrendCharts() {
    }

    /**
     * The regional average per year, with Stockholm's and Riket's published shares beside it, the decision's year
     * marked.
     */
    public static LineChart chart(AreaTrend area, IndicatorTrend trend, String regionLabel, String markLabel) {
        List<IndicatorTrend.Year> years = trend.years();
        List<ComparisonUnit> units = area.comparisonUnits();
        List<BarChart.Series> series = new ArrayList<>();
        series.add(new BarChart.Series(regionLabel, CompilationCharts.REGION_COLOR));
        for (int u = 0; u < units.size(); u++) {
            series.add(new BarChart.Series(units.get(u).name(), UNIT_COLORS[u % UNIT_COLORS.length]));
        }
        BigDecimal[][] values = new BigDecimal[series.size()][years.size()];
        Integer marked = null;
        double max = 0;
        for (int c = 0; c < years.size(); c++) {
            IndicatorTrend.Year year = years.get(c);
            if (year.decided()) {
                marked = c;
            }
            values[0][c] = year.averageValue();
            for (int u = 0; u < units.size(); u++) {
                values[u + 1][c] = year.comparisons().get(units.get(u).code());
            }
            for (BigDecimal[] line : values) {
                max = line[c] == null ? max : Math.max(max, line[c].doubleValue());
            }
        }
        boolean number = trend.scale() == AnswerScale.NUMBER;
        Function<BigDecimal, String> format = number ? Percent::number : Percent::display;
        return new LineChart(trend.code() + " " + trend.text(), years.stream().map(y -> String.valueOf(y.year())).toList(),
                series, values, number ? niceMax(max) : 100, number ? "" : " %", marked, markLabel, format);
    }

    /** A scale's end for a mean: the next multiple of 4 at or above the largest value, so the grid's steps are whole. */
    static double niceMax(double max) {
        return Math.max(4, Math.ceil(max / 4) * 4);
    }
}
