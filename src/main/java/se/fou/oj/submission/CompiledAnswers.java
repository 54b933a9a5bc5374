package se.fou.oj.submission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's answers side by side: every municipality's submission and, for a statistics table, the regional total
 * of the submitted counts (cell by cell, shares computed from those totals like any other column). What each output
 * (screen, PDF, XLSX) flags about breakdowns that do not sum comes from here.
 */
public record CompiledAnswers(Request request, List<Submission> submissions) {

    public boolean counted(Submission submission) {
        return submission.submitted();
    }

    /** The sum of each cell over the submitted answers. */
    public Map<StatisticsTable.Cell, Integer> regionalTotal() {
        Map<StatisticsTable.Cell, Integer> total = new HashMap<>();
        submissions.stream().filter(this::counted).forEach(s -> s.counts().forEach((cell, count) -> {
            if (count != null) {
                total.merge(cell, count, Integer::sum);
            }
        }));
        return total;
    }

    /** The breakdowns of a submission that do not sum to their row's total; empty without a statistics table. */
    public List<StatisticsTable.Mismatch> mismatches(Submission submission) {
        StatisticsTable table = request.statistics();
        return table == null ? List.of() : table.mismatches(submission.counts());
    }

    /** The submission's explanation as printed: only while it has a mismatch, else null. */
    public String explanation(Submission submission) {
        StatisticsTable table = request.statistics();
        return table == null ? null : table.explanationShown(submission.counts(), submission.mismatchExplanation());
    }

    /** The municipalities in the regional total whose breakdowns do not sum, in the region's order. */
    public List<String> notSumming() {
        return submissions.stream().filter(this::counted).filter(s -> !mismatches(s).isEmpty())
                .map(Submission::municipalityName).toList();
    }
}
