package se.fou.oj.interpretation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of an indicator's agreed reading.
 *
 * @param cycleYear the year of the cycle in which this version was agreed
 * @param meeting the meeting where it was agreed, or null (the free-text {@code meetingNote} may name one)
 * @param confirmations the later cycles that kept it unchanged
 */
public record InterpretationVersion(long id, String indicatorCode, int versionNo, String reading, String definitions,
                                    LocalDate agreedOn, String meetingNote, MeetingRef meeting, long cycleId, int cycleYear,
                                    String createdBy, LocalDateTime createdAt, List<Confirmation> confirmations) {

    /** The meeting a reading came from: enough to name it and link to it. */
    public record MeetingRef(long id, String title, LocalDateTime startsAt) {
    }

    public record Confirmation(long cycleId, int cycleYear, String confirmedBy, LocalDateTime confirmedAt) {
    }
}
