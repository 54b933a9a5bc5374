package se.fou.oj.base.chart;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** Draws chart primitives as an SVG string for the screen. */
public final class SvgChartRenderer {

    private SvgChartRenderer() {
    }

    public static String render(List<ChartShape> shapes, double width, double height, String ariaLabel) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.1f %.1f\" role=\"img\" aria-label=\"%s\" "
                        + "style=\"width:100%%;max-width:%.0fpx;height:auto;font-family:'DejaVu Sans',sans-serif\">",
                width, height, escape(ariaLabel), width * 1.6));
        for (ChartShape shape : shapes) {
            if (shape instanceof ChartShape.Rect r) {
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>", r.x(), r.y(),
                        r.width(), r.height(), r.fill()));
            } else if (shape instanceof ChartShape.Line l) {
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.2f\"/>",
                        l.x1(), l.y1(), l.x2(), l.y2(), l.stroke(), l.strokeWidth()));
            } else if (shape instanceof ChartShape.Text t) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\" fill=\"%s\" text-anchor=\"%s\"%s>%s</text>",
                        t.x(), t.y(), t.size(), t.fill(), anchor(t.anchor()), t.bold() ? " font-weight=\"bold\"" : "",
                        escape(t.text())));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String anchor(ChartShape.Anchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }

    /**
     * The SVG goes into the page as markup and its texts come from imported files and from people: Spring's escaping
     * (also of the apostrophe), with UTF-8 so that å, ä and ö stay characters and no HTML-only entity reaches the SVG.
     */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
