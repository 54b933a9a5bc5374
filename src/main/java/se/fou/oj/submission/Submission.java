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
        NOT_STARTED, DRAFT, SUBMITTED, LATE, SUBMITTED_LATE, REOPENED,
        /** Only in the compiled answers, for another municipality's contacts: any answer that is not submitted. */
        NOT_SUBMITTED;

        public String labelKey() {
            return "submission.status." + name();
        }
    }

    public boolean editable() {
        return !submitted();
    }

    /** Submitted (in time or late): the only answers another municipality may ever read. */
    public boolean submitted() {
        return status == Status.SUBMITTED || status == Status.SUBMITTED_LATE;
    }

    /** The same answer without its text, figures or explanation, shown with the given status. */
    public Submission withoutContent(Status shownStatus) {
        return new Submission(requestId, municipalityId, municipalityName, shownStatus, version, Map.of(), null, null, null,
                null, null, deadline, Map.of(), null);
    }
}
