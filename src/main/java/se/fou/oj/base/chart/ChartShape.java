package se.fou.oj.base.chart;

/**
 * The drawing primitives of a chart, in points with the origin at the top left (y grows downwards). The same list is
 * drawn as SVG on screen and as vector graphics in the PDF, so both show the identical chart.
 */
public sealed interface ChartShape {

    /** A filled rectangle; {@code fill} is a hex colour like {@code #25609e}. */
    record Rect(double x, double y, double width, double height, String fill) implements ChartShape {
    }

    record Line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) implements ChartShape {
    }

    /** Text whose baseline starts ({@code START}), is centred ({@code MIDDLE}) or ends ({@code END}) at x. */
    record Text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold)
            implements ChartShape {
    }

    enum Anchor {
        START, MIDDLE, END
    }
}
