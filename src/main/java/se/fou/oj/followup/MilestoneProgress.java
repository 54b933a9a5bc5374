package se.fou.oj.followup;

import java.time.LocalDate;
import se.fou.oj.analysis.Plan;

/**
 * Where one milestone of a decided plan stands: reached (with the day and FoU's note), or not yet, in which case its
 * date has either passed or lies ahead.
 */
public record MilestoneProgress(Plan.Milestone milestone, LocalDate reachedOn, String note) {

    public enum State {
        REACHED, PASSED, AHEAD;

        public String labelKey() {
            return "followUp.milestone." + name();
        }
    }

    public State state(LocalDate today) {
        if (reachedOn != null) {
            return State.REACHED;
        }
        return milestone.dueOn().isBefore(today) ? State.PASSED : State.AHEAD;
    }
}
