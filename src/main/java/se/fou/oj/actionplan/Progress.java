package se.fou.oj.actionplan;

import java.math.BigDecimal;
import java.util.List;
import se.fou.oj.results.Percent;

/**
 * How far a plan has come: {@code done} of the {@code counted} activities (all but the dropped), the share in percent
 * ({@link Percent#share}; null when nothing is counted) and how many are overdue.
 */
public record Progress(int done, int counted, int overdue, BigDecimal share) {

    public static final Progress NONE = new Progress(0, 0, 0, null);

    public static Progress of(List<Activity> activities) {
        int done = (int) activities.stream().filter(a -> a.status() == ActivityStatus.DONE).count();
        int counted = (int) activities.stream().filter(a -> a.status() != ActivityStatus.DROPPED).count();
        int overdue = (int) activities.stream().filter(Activity::overdue).count();
        return new Progress(done, counted, overdue, Percent.share(done, counted));
    }

    /** "60 %", or "–" when there is nothing to count. */
    public String display() {
        return Percent.display(share);
    }

    /** The share as a fraction 0–1 for a progress bar (0 when nothing is counted). */
    public double fraction() {
        return counted == 0 ? 0 : (double) done / counted;
    }
}
