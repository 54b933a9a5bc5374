package se.fou.oj.submission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's answers side by side: every municipality's submission and, for a statistics table, the regional total
 * of the submitted counts (cell by cell, shares computed from those totals like any other column).
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
}
