package se.fou.oj.interpretation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of an indicator's agreed reading.
 *
 * @param cycleYear the year of the cycle in which this version was agreed
 * @param confirmations the later cycles that kept it unchanged
 */
public record InterpretationVersion(long id, String indicatorCode, int versionNo, String reading, String definitions,
                                    LocalDate agreedOn, String meetingNote, long cycleId, int cycleYear, String createdBy,
                                    LocalDateTime createdAt, List<Confirmation> confirmations) {

    public record Confirmation(long cycleId, int cycleYear, String confirmedBy, LocalDateTime confirmedAt) {
    }
}
