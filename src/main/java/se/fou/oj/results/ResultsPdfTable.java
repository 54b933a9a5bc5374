package se.fou.oj.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/** A results table for the PDFs (compilation, short analysis), laid out and coloured exactly as the screen shows it. */
public final class ResultsPdfTable {

    private ResultsPdfTable() {
    }

    /**
     * The results table as on screen, for the given indicators: code, indicator, one column per municipality, the
     * regional average (starred when an answer is missing), Stockholm, Riket.
     */
    public static PdfTable of(CycleResults results, List<IndicatorRow> indicatorRows, Messages messages) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(messages.get("results.code"), 34, Align.LEFT));
        float municipalityWidth = 54;
        float unitsWidth = 48f * results.comparisonUnits().size() + 38;
        float textWidth = PdfReport.CONTENT_WIDTH - 34 - municipalityWidth * results.municipalities().size() - unitsWidth;
        columns.add(new Column(messages.get("results.indicator"), textWidth, Align.LEFT));
        for (Municipality municipality : results.municipalities()) {
            columns.add(new Column(municipality.name(), municipalityWidth, Align.CENTER));
        }
        columns.add(new Column(messages.get("results.average"), 38, Align.RIGHT));
        for (ComparisonUnit unit : results.comparisonUnits()) {
            columns.add(new Column(unit.name(), 48, Align.RIGHT));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (IndicatorRow row : indicatorRows) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(row.code()));
            cells.add(Cell.of(row.text()));
            for (Municipality municipality : results.municipalities()) {
                Answer answer = row.answerOf(municipality.id());
                cells.add(new Cell(answer.isMissing() ? "–" : answer.display(), answerFill(answer), false));
            }
            cells.add(new Cell(row.average().display() + (row.average().missing() > 0 ? " *" : ""), null, true));
            for (ComparisonUnit unit : results.comparisonUnits()) {
                cells.add(Cell.of(ComparisonValues.display(row.comparisons().get(unit.code()))));
            }
            rows.add(cells);
        }
        return new PdfTable(columns, rows);
    }

    /** The same colours as the screen's answer badges. */
    private static String answerFill(Answer answer) {
        if (answer.isMissing() || answer.word() == null) {
            return null;
        }
        if (CountingRule.isFulfilled(answer.word())) {
            return "#dcf2e5";
        }
        return answer.word().toUpperCase(Locale.ROOT).startsWith("DELVIS") ? "#fbeec3" : "#f9e1e1";
    }

}
