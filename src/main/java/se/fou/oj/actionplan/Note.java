package se.fou.oj.actionplan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A dated progress note on an activity: the notes are its history and are never edited away. */
public record Note(long id, long activityId, LocalDate notedOn, String note, String notedBy, LocalDateTime notedAt) {
}
