package se.fou.oj.developmentarea;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A development area of a cycle: what the municipalities want to work on, the need behind it, the ÖJ indicators it
 * rests on, and what is already known.
 *
 * @param meetingId the meeting where it was identified, or null
 */
public record DevelopmentArea(long id, long cycleId, Long meetingId, String title, String need, String alreadyKnown,
                              Status status, String dropReason, String proposedBy, String proposedByMunicipality,
                              LocalDateTime createdAt, List<String> indicatorCodes) {

    /** Proposed → selected → (approved, a later step) → closed; or dropped with a reason. */
    public enum Status {
        PROPOSED, SELECTED, APPROVED, CLOSED, DROPPED;

        public String labelKey() {
            return "developmentArea.status." + name();
        }
    }

    /** The number a result meeting should identify at the least. */
    public static final int EXPECTED_AT_LEAST = 3;
}
