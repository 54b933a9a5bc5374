package se.fou.oj.followup;

import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;

/** A follow-up's statistics beside the original request's in the follow-up PDF, as on the screen. */
final class StatisticsComparisonPdf {

    private static final float MUNICIPALITY_WIDTH = 80;
    private static final float ROW_WIDTH = 130;

    private StatisticsComparisonPdf() {
    }

    static void write(PdfReport pdf, StatisticsComparison comparison, Messages messages) {
        if (comparison == null) {
            return;
        }
        StatisticsComparisonTexts.Texts texts = messages::get;
        pdf.heading(2, messages.get("followUp.statistics.heading"));
        pdf.paragraph(StatisticsComparisonTexts.lead(comparison, texts));
        if (comparison.comparable() && !comparison.lines().isEmpty()) {
            float width = (PdfReport.CONTENT_WIDTH - MUNICIPALITY_WIDTH - ROW_WIDTH) / comparison.columns().size();
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(messages.get("followUp.statistics.municipality"), MUNICIPALITY_WIDTH, Align.LEFT));
            columns.add(new Column(messages.get("followUp.statistics.row"), ROW_WIDTH, Align.LEFT));
            comparison.columns().forEach(c -> columns.add(new Column(c.label(), width, Align.RIGHT)));
            List<List<Cell>> rows = new ArrayList<>();
            for (StatisticsComparison.Line line : comparison.lines()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.of(line.municipality()));
                cells.add(Cell.of((line.row() + " " + comparison.rowLabels().getOrDefault(line.row(), "")).trim()));
                line.pairs().forEach(p -> cells.add(Cell.of(StatisticsComparisonTexts.pair(p, texts))));
                rows.add(cells);
            }
            pdf.table(new PdfTable(columns, rows));
        }
        StatisticsComparisonTexts.notComparable(comparison, texts).forEach(pdf::note);
        StatisticsComparisonTexts.visibility(comparison, texts).forEach(pdf::note);
    }
}
