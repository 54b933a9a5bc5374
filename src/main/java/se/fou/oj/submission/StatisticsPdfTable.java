package se.fou.oj.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;
import se.fou.oj.base.pdf.PdfTable;

/** A statistics table for the PDFs (compiled answers, short analysis): every cell its count and computed share. */
public final class StatisticsPdfTable {

    private StatisticsPdfTable() {
    }

    /** Rows by categories, each cell "count (share)", as the printed reports show them. */
    public static PdfTable of(StatisticsTable table, Map<StatisticsTable.Cell, Integer> counts,
                              Messages messages) {
        List<String[]> categories = new ArrayList<>();
        table.breakdowns().forEach((b, cs) -> cs.forEach(c -> categories.add(new String[] {b, c})));
        float width = (PdfReport.CONTENT_WIDTH - 200) / categories.size();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(messages.get("submission.statistics.row"), 200, Align.LEFT));
        categories.forEach(c -> columns.add(new Column(c[0] + ": " + c[1], width, Align.RIGHT)));
        List<List<Cell>> rows = new ArrayList<>();
        for (String row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(row + " " + table.rowLabels().getOrDefault(row, "")));
            for (String[] c : categories) {
                StatisticsTable.Cell cell = new StatisticsTable.Cell(row, c[0], c[1]);
                Integer count = counts.get(cell);
                String share = table.share(counts, cell);
                cells.add(Cell.of(count == null ? "" : count + (share.isEmpty() ? "" : " (" + share + ")")));
            }
            rows.add(cells);
        }
        return new PdfTable(columns, rows);
    }

    /** Under a municipality's table: each breakdown that does not sum, and the explanation while there is one. */
    public static void mismatchNotes(PdfReport pdf, CompiledAnswers compiled, Submission submission, Messages messages) {
        for (StatisticsTable.Mismatch m : compiled.mismatches(submission)) {
            pdf.note(messages.get("submission.statistics.mismatch", m.row(), m.breakdown(), m.sum(), m.total()));
        }
        String explanation = compiled.explanation(submission);
        if (explanation != null) {
            pdf.note(messages.get("compiled.explanation", explanation));
        }
    }

    /** Under the region's table: how it is summed, and whose breakdowns in it do not sum. */
    public static void regionNotes(PdfReport pdf, CompiledAnswers compiled, Messages messages) {
        pdf.note(messages.get("compiled.regionNote"));
        if (!compiled.notSumming().isEmpty()) {
            pdf.note(messages.get("compiled.regionMismatch", String.join(", ", compiled.notSumming())));
        }
    }
}
