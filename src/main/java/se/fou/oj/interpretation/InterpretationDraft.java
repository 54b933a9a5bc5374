package se.fou.oj.interpretation;

import java.time.LocalDate;

/**
 * What FoU types when agreeing or revising a reading.
 *
 * @param meetingNote free text naming where it was agreed (e.g. a meeting held outside the application), or null
 * @param meetingId the meeting of the cycle where it was agreed, or null
 */
public record InterpretationDraft(String reading, String definitions, LocalDate agreedOn, String meetingNote, Long meetingId) {

    /** A reading with no meeting of the application linked. */
    public InterpretationDraft(String reading, String definitions, LocalDate agreedOn, String meetingNote) {
        this(reading, definitions, agreedOn, meetingNote, null);
    }
}
