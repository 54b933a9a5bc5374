package se.fou.oj.base.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A line chart's data: points along the categories (years), one line per series, one category optionally marked (the
 * year a decision was taken) with a vertical line and a label.
 *
 * @param values values[series][category]; null where a value is missing (the line skips to the next point)
 * @param maxValue the scale's end, e.g. 100 for percentages
 * @param unit printed after the scale's numbers, e.g. " %"
 * @param marked the index of the marked category, or null
 * @param markLabel the marker's label, e.g. "beslut"
 * @param format how the data table prints a value (e.g. {@code Percent.display}), so it reads as everywhere else
 */
public record LineChart(String title, List<String> categories, List<BarChart.Series> series, BigDecimal[][] values,
                        double maxValue, String unit, Integer marked, String markLabel,
                        Function<BigDecimal, String> format) implements ChartData {

    public BigDecimal value(int series, int category) {
        return values[series][category];
    }

    @Override
    public List<String> seriesNames() {
        return series.stream().map(BarChart.Series::name).toList();
    }

    @Override
    public String display(int series, int category) {
        BigDecimal value = value(series, category);
        return value == null ? "–" : format.apply(value);
    }
}
