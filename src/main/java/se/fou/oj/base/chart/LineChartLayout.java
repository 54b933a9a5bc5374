package se.fou.oj.base.chart;

import static se.fou.oj.base.chart.ChartLayout.AXIS;
import static se.fou.oj.base.chart.ChartLayout.FONT;
import static se.fou.oj.base.chart.ChartLayout.TEXT;

import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.chart.ChartShape.Anchor;
import se.fou.oj.base.chart.ChartShape.Line;
import se.fou.oj.base.chart.ChartShape.Rect;
import se.fou.oj.base.chart.ChartShape.Text;

/**
 * A line chart as drawing primitives, for screen (SVG) and paper (PDF) alike: a line per series through its points
 * (each point a small square, so a single year still shows), the scale's grid, the categories underneath and the
 * marked category as a dashed vertical line with its label. The first series' values are printed at its points.
 */
public final class LineChartLayout {

    private static final String MARK = "#b3261e";

    private LineChartLayout() {
    }

    public static List<ChartShape> lines(LineChart chart, double width, double height) {
        List<ChartShape> shapes = new ArrayList<>();
        double left = 30;
        double right = 14;
        // room above the scale for a value printed at 100 % and, above it, the marker's label
        double top = 40;
        double bottom = 18;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        legend(chart, shapes, left, 10);
        ChartLayout.scale(shapes, chart.maxValue(), chart.unit(), LineChartLayout::scaleLabel, left, top, plotWidth,
                plotHeight);
        int categories = chart.categories().size();
        double step = plotWidth / Math.max(categories, 1);
        if (chart.marked() != null) {
            double x = left + chart.marked() * step + step / 2;
            // dashed: short strokes, since the primitives have no dash pattern
            for (double y = top - 14; y < top + plotHeight; y += 4) {
                shapes.add(new Line(x, y, x, Math.min(y + 2, top + plotHeight), MARK, 0.8));
            }
            shapes.add(new Text(x, top - 17, chart.markLabel(), FONT - 1, Anchor.MIDDLE, MARK, true));
        }
        for (int s = 0; s < chart.series().size(); s++) {
            String color = chart.series().get(s).color();
            double[] previous = null;
            for (int c = 0; c < categories; c++) {
                var value = chart.value(s, c);
                if (value == null) {
                    continue;
                }
                double x = left + c * step + step / 2;
                double y = top + plotHeight - plotHeight * Math.min(value.doubleValue(), chart.maxValue()) / chart.maxValue();
                if (previous != null) {
                    shapes.add(new Line(previous[0], previous[1], x, y, color, s == 0 ? 1.8 : 1.1));
                }
                shapes.add(new Rect(x - 2, y - 2, 4, 4, color));
                if (s == 0) {
                    shapes.add(new Text(x, y - 5, chart.display(s, c), FONT - 1, Anchor.MIDDLE, TEXT, true));
                }
                previous = new double[] {x, y};
            }
        }
        for (int c = 0; c < categories; c++) {
            shapes.add(new Text(left + c * step + step / 2, top + plotHeight + 11, chart.categories().get(c), FONT,
                    Anchor.MIDDLE, TEXT, false));
        }
        shapes.add(new Line(left, top + plotHeight, left + plotWidth, top + plotHeight, AXIS, 0.8));
        return shapes;
    }

    private static String scaleLabel(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    private static void legend(LineChart chart, List<ChartShape> shapes, double x, double y) {
        double cursor = x;
        for (BarChart.Series series : chart.series()) {
            shapes.add(new Line(cursor, y - 3, cursor + 10, y - 3, series.color(), 1.8));
            shapes.add(new Text(cursor + 13, y, series.name(), FONT, Anchor.START, TEXT, false));
            cursor += 18 + series.name().length() * FONT * 0.55;
        }
    }
}
