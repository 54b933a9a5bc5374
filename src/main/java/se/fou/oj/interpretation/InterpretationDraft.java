package se.fou.oj.interpretation;

import java.time.LocalDate;

/** What FoU types when agreeing or revising a reading. */
public record InterpretationDraft(String reading, String definitions, LocalDate agreedOn, String meetingNote) {
}
