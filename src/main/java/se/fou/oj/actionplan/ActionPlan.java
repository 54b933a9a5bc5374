package se.fou.oj.actionplan;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A municipality's action plan for a decided improvement area, or the region's/FoU's own ({@code municipalityId}
 * null). A social chief approves her municipality's plan; a change after that keeps the approval but is shown
 * ({@code changedSinceApproval}).
 */
public record ActionPlan(long id, long developmentAreaId, Long municipalityId, String municipalityName,
                         List<Activity> activities, String approvedBy, LocalDateTime approvedAt,
                         boolean changedSinceApproval, Progress progress) {

    /** The region's/FoU's own plan, which FoU keeps. */
    public boolean regionPlan() {
        return municipalityId == null;
    }

    public boolean approved() {
        return approvedAt != null;
    }
}
