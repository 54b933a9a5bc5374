package se.fou.oj.base.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import se.fou.oj.base.chart.ChartShape;

/**
 * Charts as vector graphics, from the same primitives the screen draws as SVG: one drawing of the chart, so the PDF
 * and the page show the same bars. Here the SVG's top-down coordinates become PDF's bottom-up ones, scaled.
 */
final class PdfChartDrawer {

    private final PageCursor cursor;
    private final PDFont regular;
    private final PDFont bold;

    PdfChartDrawer(PageCursor cursor, PDFont regular, PDFont bold) {
        this.cursor = cursor;
        this.regular = regular;
        this.bold = bold;
    }

    void draw(List<ChartShape> shapes, float layoutWidth, float layoutHeight, float width) {
        float scale = width / layoutWidth;
        float height = layoutHeight * scale;
        cursor.ensureSpace(height + 8);
        PdfCanvas canvas = cursor.canvas();
        float originX = PdfStyle.MARGIN;
        float originY = cursor.y();
        try {
            for (ChartShape shape : shapes) {
                if (shape instanceof ChartShape.Rect r) {
                    canvas.fillRect(originX + (float) r.x() * scale, originY - (float) (r.y() + r.height()) * scale,
                            (float) r.width() * scale, (float) r.height() * scale, PdfStyle.hex(r.fill()));
                } else if (shape instanceof ChartShape.Line l) {
                    canvas.line(originX + (float) l.x1() * scale, originY - (float) l.y1() * scale,
                            originX + (float) l.x2() * scale, originY - (float) l.y2() * scale,
                            PdfStyle.hex(l.stroke()), (float) l.strokeWidth() * scale);
                } else if (shape instanceof ChartShape.Text t) {
                    PDFont font = t.bold() ? bold : regular;
                    float size = (float) t.size() * scale;
                    float textWidth = PdfText.width(t.text(), font, size);
                    float x = originX + (float) t.x() * scale;
                    x -= t.anchor() == ChartShape.Anchor.MIDDLE ? textWidth / 2
                            : t.anchor() == ChartShape.Anchor.END ? textWidth : 0;
                    canvas.text(t.text(), x, originY - (float) t.y() * scale, font, size, PdfStyle.hex(t.fill()));
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Diagrammet kunde inte ritas", e);
        }
        cursor.down(height + 8);
    }
}
