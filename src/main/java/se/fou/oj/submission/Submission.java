package se.fou.oj.submission;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A municipality's answer to a request. {@code version} is what a save must have read: a save over a newer version is
 * refused, never silently overwriting.
 *
 * @param answers answer text by question id
 */
public record Submission(long requestId, long municipalityId, String municipalityName, Status status, int version,
                         Map<Long, String> answers, String updatedBy, LocalDateTime updatedAt, String submittedBy,
                         LocalDateTime submittedAt, String reopenReason, LocalDate deadline,
                         Map<StatisticsTable.Cell, Integer> counts, String mismatchExplanation) {

    /** As FoU's matrix shows it. */
    public enum Status {
        NOT_STARTED, DRAFT, SUBMITTED, LATE, SUBMITTED_LATE, REOPENED;

        public String labelKey() {
            return "submission.status." + name();
        }
    }

    public boolean editable() {
        return status != Status.SUBMITTED && status != Status.SUBMITTED_LATE;
    }
}
