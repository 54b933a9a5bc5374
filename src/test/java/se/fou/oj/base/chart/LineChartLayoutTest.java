package se.fou.oj.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line through the years with its values printed, a missing year skipped, the marked year's dashed line and label. */
class LineChartLayoutTest {

    private static LineChart chart(BigDecimal... values) {
        return new LineChart("EB13", List.of("2018", "2019", "2020"), List.of(new BarChart.Series("Regionen", "#25609e")),
                new BigDecimal[][] {values}, 100, " %", 1, "beslut", v -> v.toPlainString().replace('.', ',') + " %");
    }

    @Test
    void pointsJoinedInOrderWithTheirValuesAndTheDecisionYearMarked() {
        List<ChartShape> shapes = LineChartLayout.lines(chart(new BigDecimal("37.5"), new BigDecimal("50"),
                new BigDecimal("62.5")), 420, 170);

        List<String> texts = shapes.stream().filter(s -> s instanceof ChartShape.Text).map(s -> ((ChartShape.Text) s).text())
                .toList();
        assertThat(texts).contains("37,5 %", "50 %", "62,5 %", "2018", "2019", "2020", "beslut", "Regionen", "100%");
        List<ChartShape.Line> regionLines = shapes.stream().filter(s -> s instanceof ChartShape.Line l
                && l.stroke().equals("#25609e") && l.y1() != l.y2()).map(s -> (ChartShape.Line) s)
                .toList();
        assertThat(regionLines).as("two segments between three points").hasSize(2);
        assertThat(regionLines.get(0).y2()).as("rising: higher on the page, smaller y").isLessThan(regionLines.get(0).y1());
        long markStrokes = shapes.stream().filter(s -> s instanceof ChartShape.Line l && l.stroke().equals("#b3261e")).count();
        assertThat(markStrokes).as("the dashed decision line").isGreaterThan(5);
    }

    @Test
    void aMissingYearIsSkippedNotDrawnAsZero() {
        List<ChartShape> shapes = LineChartLayout.lines(chart(new BigDecimal("37.5"), null, new BigDecimal("62.5")), 420, 170);

        long points = shapes.stream().filter(s -> s instanceof ChartShape.Rect r && r.fill().equals("#25609e")
                && r.width() == 4).count();
        assertThat(points).isEqualTo(2);
        assertThat(chart(new BigDecimal("37.5"), null, new BigDecimal("62.5")).display(0, 1)).isEqualTo("–");
    }
}
