package se.fou.oj.base.chart;

import java.util.List;

/**
 * A bar chart's data: categories along one axis, one bar per series in each category.
 *
 * @param values values[series][category]; null where a value is missing (no bar, "–" in the data table)
 * @param maxValue the scale's end, e.g. 100 for percentages
 * @param unit printed after values, e.g. " %"
 */
public record BarChart(String title, List<String> categories, List<Series> series, Double[][] values, double maxValue,
                       String unit) implements ChartData {

    public record Series(String name, String color) {
    }

    @Override
    public List<String> seriesNames() {
        return series.stream().map(Series::name).toList();
    }

    public Double value(int series, int category) {
        return values[series][category];
    }

    /** A value as the data table under the chart prints it. */
    @Override
    public String display(int series, int category) {
        Double value = value(series, category);
        if (value == null) {
            return "–";
        }
        return (value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value).replace('.', ','))
                + unit;
    }
}
