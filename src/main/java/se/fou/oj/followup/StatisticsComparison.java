package se.fou.oj.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;

/**
 * A follow-up's statistics table beside the same table of the area's original request: for each municipality whose
 * figures the reader may see, each row both tables have (same row code) with each column both have (same breakdown and
 * category), the original's figure next to the follow-up's. Rows and columns only one table has are not comparable and
 * are named as such. A figure prints as its table prints it: the count and its share of that table's column.
 *
 * @param original the area's original request, or null when there is none
 * @param rows the row codes both tables have, in the follow-up's order
 * @param columns the columns both tables have, in the follow-up's order
 * @param lines one per municipality and compared row, in the region's order
 * @param onlyInOriginal row codes only the original's table has
 * @param onlyInFollowUp row codes only the follow-up's table has (all of them when the original has no table)
 * @param columnsNotCompared columns only one of the tables has
 * @param allOriginalFigures whether the reader sees every municipality's submitted figures of the original
 * @param allFollowUpFigures whether the reader sees every municipality's submitted figures of the follow-up
 */
public record StatisticsComparison(Request original, Request followUp, List<String> rows, Map<String, String> rowLabels,
                                   List<Column> columns, List<Line> lines, List<String> onlyInOriginal,
                                   List<String> onlyInFollowUp, List<Column> columnsNotCompared,
                                   boolean allOriginalFigures, boolean allFollowUpFigures) {

    /** A column of a statistics table: a breakdown's category ("Kön: Män"; the total is "Totalt: Alla"). */
    public record Column(String breakdown, String category) {

        public String label() {
            return breakdown + ": " + category;
        }
    }

    /** Both figures of one column: as printed ("7 (14 %)"), null where the municipality has no figure. */
    public record Pair(String original, String followUp) {
    }

    /** One municipality's figures of one compared row, a pair per compared column. */
    public record Line(long municipalityId, String municipality, String row, List<Pair> pairs) {
    }

    /** Figures the reader may see of one request: submitted answers only, in the region's order. */
    public record Figures(List<Submission> submissions, boolean all) {
    }

    public boolean comparable() {
        return !rows.isEmpty() && !columns.isEmpty();
    }

    /** Everything that could not be compared, for a note under the table. */
    public boolean hasNotComparable() {
        return !onlyInOriginal.isEmpty() || !onlyInFollowUp.isEmpty() || !columnsNotCompared.isEmpty();
    }

    /**
     * The comparison of the follow-up's table with the original's; null when the follow-up's request has no table.
     * Only submitted answers count (a draft's figures are nobody's to compare yet).
     */
    public static StatisticsComparison of(Request original, Figures originalFigures, Request followUp, Figures followUpFigures) {
        StatisticsTable after = followUp.statistics();
        if (after == null) {
            return null;
        }
        StatisticsTable before = original == null ? null : original.statistics();
        List<String> rows = before == null ? List.of() : after.rows().stream().filter(before.rows()::contains).toList();
        List<String> onlyInFollowUp = after.rows().stream().filter(r -> !rows.contains(r)).toList();
        List<String> onlyInOriginal = before == null ? List.of() : before.rows().stream().filter(r -> !rows.contains(r)).toList();
        List<Column> afterColumns = columns(after);
        List<Column> beforeColumns = before == null ? List.of() : columns(before);
        List<Column> columns = afterColumns.stream().filter(beforeColumns::contains).toList();
        List<Column> notCompared = new ArrayList<>();
        if (before != null) {
            afterColumns.stream().filter(c -> !columns.contains(c)).forEach(notCompared::add);
            beforeColumns.stream().filter(c -> !columns.contains(c)).forEach(notCompared::add);
        }
        Map<Long, Submission> beforeBy = byMunicipality(originalFigures);
        Map<Long, Submission> afterBy = byMunicipality(followUpFigures);
        // In the region's order (the follow-up's list has every municipality), each with a figure on either side
        Map<Long, String> municipalities = new LinkedHashMap<>();
        List<Submission> all = new ArrayList<>(followUpFigures.submissions());
        if (originalFigures != null) {
            all.addAll(originalFigures.submissions());
        }
        all.stream().filter(s -> beforeBy.containsKey(s.municipalityId()) || afterBy.containsKey(s.municipalityId()))
                .forEach(s -> municipalities.putIfAbsent(s.municipalityId(), s.municipalityName()));
        List<Line> lines = new ArrayList<>();
        if (!columns.isEmpty()) {
            municipalities.forEach((id, name) -> rows.forEach(row -> lines.add(new Line(id, name, row, columns.stream()
                    .map(c -> new Pair(printed(before, beforeBy.get(id), row, c), printed(after, afterBy.get(id), row, c)))
                    .toList()))));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        rows.forEach(r -> labels.put(r, after.rowLabels().getOrDefault(r, "")));
        return new StatisticsComparison(original, followUp, rows, labels, columns, lines, onlyInOriginal, onlyInFollowUp,
                List.copyOf(notCompared), originalFigures == null || originalFigures.all(), followUpFigures.all());
    }

    private static List<Column> columns(StatisticsTable table) {
        List<Column> columns = new ArrayList<>();
        table.breakdowns().forEach((b, categories) -> categories.forEach(c -> columns.add(new Column(b, c))));
        return columns;
    }

    private static Map<Long, Submission> byMunicipality(Figures figures) {
        Map<Long, Submission> by = new LinkedHashMap<>();
        if (figures != null) {
            figures.submissions().stream().filter(Submission::submitted).forEach(s -> by.put(s.municipalityId(), s));
        }
        return by;
    }

    /** "7 (14 %)", "0 (–)" as the table computes shares; null without a figure. */
    private static String printed(StatisticsTable table, Submission submission, String row, Column column) {
        if (table == null || submission == null) {
            return null;
        }
        StatisticsTable.Cell cell = new StatisticsTable.Cell(row, column.breakdown(), column.category());
        Integer count = submission.counts().get(cell);
        if (count == null) {
            return null;
        }
        String share = table.share(submission.counts(), cell);
        return count + (share.isEmpty() || count == 0 ? "" : " (" + share + ")");
    }
}
