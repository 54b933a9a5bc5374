package se.fou.oj.base.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import se.fou.oj.base.chart.ChartShape.Anchor;
import se.fou.oj.base.chart.ChartShape.Line;
import se.fou.oj.base.chart.ChartShape.Rect;
import se.fou.oj.base.chart.ChartShape.Text;

/** Turns chart data into drawing primitives. One layout for screen and paper keeps them identical. */
public final class ChartLayout {

    // The charts' house colours and type size, shared by the bar and line layouts
    static final String AXIS = "#6b7785";
    static final String GRID = "#d9dee4";
    static final String TEXT = "#1f2a37";
    static final double FONT = 8;

    private ChartLayout() {
    }

    /** Vertical bars grouped per category (e.g. per indicator: region, Stockholm, Riket), legend on top. */
    public static List<ChartShape> groupedBars(BarChart chart, double width, double height) {
        List<ChartShape> shapes = new ArrayList<>();
        double left = 30;
        double right = 8;
        double top = 22;
        double bottom = 18;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        legend(chart, shapes, left, 10);
        gridLines(chart, shapes, left, top, plotWidth, plotHeight);
        int categories = chart.categories().size();
        int seriesCount = chart.series().size();
        double groupWidth = plotWidth / Math.max(categories, 1);
        double barWidth = Math.min(18, groupWidth * 0.8 / Math.max(seriesCount, 1));
        for (int c = 0; c < categories; c++) {
            double groupStart = left + c * groupWidth + (groupWidth - barWidth * seriesCount) / 2;
            for (int s = 0; s < seriesCount; s++) {
                Double value = chart.value(s, c);
                if (value == null) {
                    continue;
                }
                double barHeight = plotHeight * Math.min(value, chart.maxValue()) / chart.maxValue();
                // A zero still shows as a hairline so that "0 %" is visibly a value, not a gap
                barHeight = Math.max(barHeight, 0.8);
                shapes.add(new Rect(groupStart + s * barWidth, top + plotHeight - barHeight, barWidth * 0.92, barHeight,
                        chart.series().get(s).color()));
            }
            shapes.add(new Text(left + c * groupWidth + groupWidth / 2, top + plotHeight + 11, chart.categories().get(c),
                    FONT, Anchor.MIDDLE, TEXT, false));
        }
        shapes.add(new Line(left, top + plotHeight, left + plotWidth, top + plotHeight, AXIS, 0.8));
        return shapes;
    }

    /** Horizontal bars, one per category (e.g. per municipality: indicators fulfilled), value printed at the end. */
    public static List<ChartShape> horizontalBars(BarChart chart, double width, double height) {
        List<ChartShape> shapes = new ArrayList<>();
        double labelWidth = 90;
        double right = 40;
        double top = 6;
        int categories = chart.categories().size();
        double rowHeight = (height - top - 4) / Math.max(categories, 1);
        double plotWidth = width - labelWidth - right;
        for (int c = 0; c < categories; c++) {
            double y = top + c * rowHeight;
            shapes.add(new Text(labelWidth - 6, y + rowHeight * 0.65, chart.categories().get(c), FONT, Anchor.END, TEXT, false));
            Double value = chart.value(0, c);
            double barWidth = value == null ? 0 : plotWidth * Math.min(value, chart.maxValue()) / chart.maxValue();
            shapes.add(new Rect(labelWidth, y + rowHeight * 0.15, Math.max(barWidth, 0.8), rowHeight * 0.7,
                    chart.series().get(0).color()));
            shapes.add(new Text(labelWidth + barWidth + 4, y + rowHeight * 0.65, chart.display(0, c), FONT, Anchor.START,
                    TEXT, true));
        }
        shapes.add(new Line(labelWidth, top, labelWidth, height - 4, AXIS, 0.8));
        return shapes;
    }

    private static void legend(BarChart chart, List<ChartShape> shapes, double x, double y) {
        double cursor = x;
        for (BarChart.Series series : chart.series()) {
            shapes.add(new Rect(cursor, y - 7, 8, 8, series.color()));
            shapes.add(new Text(cursor + 11, y, series.name(), FONT, Anchor.START, TEXT, false));
            cursor += 16 + series.name().length() * FONT * 0.55;
        }
    }

    private static void gridLines(BarChart chart, List<ChartShape> shapes, double left, double top, double plotWidth,
                                  double plotHeight) {
        scale(shapes, chart.maxValue(), chart.unit(), value -> String.valueOf((long) value), left, top, plotWidth,
                plotHeight);
    }

    /** The scale in four steps up to {@code maxValue}: a grid line at each step above the axis, its label on the left. */
    static void scale(List<ChartShape> shapes, double maxValue, String unit, DoubleFunction<String> label, double left,
                      double top, double plotWidth, double plotHeight) {
        for (int step = 0; step <= 4; step++) {
            double y = top + plotHeight - plotHeight * step / 4;
            if (step > 0) {
                shapes.add(new Line(left, y, left + plotWidth, y, GRID, 0.5));
            }
            shapes.add(new Text(left - 4, y + 3, label.apply(maxValue * step / 4) + unit.trim(), FONT - 1, Anchor.END,
                    AXIS, false));
        }
    }
}
