package se.fou.oj.followup;

import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.chart.LineChart;
import se.fou.oj.base.chart.LineChartLayout;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;
import se.fou.oj.region.Municipality;

/**
 * The trend in the follow-up PDF: per indicator the table of every year (the decision's year marked), the same line
 * chart as on screen and the sentence (FoU's wording while it agrees with the figures).
 */
final class TrendPdf {

    /** The decision's year is shaded in the table, as the chart marks it with a line. */
    static final String DECIDED_FILL = "#fbe9e7";
    private static final float NAME_WIDTH = 130;

    private TrendPdf() {
    }

    static void write(PdfReport pdf, AreaTrend trend, Messages messages) {
        pdf.heading(1, messages.get("followUp.trend"));
        pdf.paragraph(messages.get("followUp.trend.lead", String.valueOf(trend.decidedYear())));
        if (!trend.hasLaterYear()) {
            pdf.note(messages.get("followUp.noLaterResults"));
        }
        for (IndicatorTrend indicator : trend.indicators()) {
            pdf.heading(2, indicator.code() + " " + indicator.text());
            pdf.table(table(trend, indicator, messages));
            LineChart chart = TrendCharts.chart(trend, indicator, messages.get("compilation.chart.region"),
                    messages.get("followUp.trend.decided"));
            pdf.chart(LineChartLayout.lines(chart, TrendCharts.WIDTH, TrendCharts.HEIGHT), (float) TrendCharts.WIDTH,
                    (float) TrendCharts.HEIGHT, Math.min(pdf.contentWidth(), 520));
            pdf.paragraph(indicator.sentenceText());
        }
        pdf.note(messages.get("results.countingRule"));
    }

    private static PdfTable table(AreaTrend trend, IndicatorTrend indicator, Messages messages) {
        List<IndicatorTrend.Year> years = indicator.years();
        float yearWidth = Math.min(80, (PdfReport.CONTENT_WIDTH - NAME_WIDTH) / Math.max(years.size(), 1));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(messages.get("followUp.trend.municipality"), NAME_WIDTH, Align.LEFT));
        years.forEach(y -> columns.add(new Column(yearHeader(y, messages), yearWidth, Align.RIGHT)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Municipality municipality : trend.municipalities()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(municipality.name()));
            years.forEach(y -> row.add(new Cell(y.answerDisplay(municipality.id()), y.decided() ? DECIDED_FILL : null, false)));
            rows.add(row);
        }
        List<Cell> region = new ArrayList<>();
        region.add(new Cell(messages.get("followUp.trend.regionAverage"), null, true));
        years.forEach(y -> region.add(new Cell(y.averageDisplay(), y.decided() ? DECIDED_FILL : null, true)));
        rows.add(region);
        return new PdfTable(columns, rows);
    }

    /** "2019 (beslut)" for the decision's year, otherwise the year. */
    static String yearHeader(IndicatorTrend.Year year, Messages messages) {
        return year.decided() ? messages.get("followUp.trend.decidedYear", String.valueOf(year.year()))
                : String.valueOf(year.year());
    }
}
