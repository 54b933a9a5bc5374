package se.fou.oj.meeting;

import java.time.LocalDateTime;

/** A meeting as another module names it where it keeps the meeting's id (e.g. the meeting a reading was agreed at). */
public record MeetingTitle(long id, long cycleId, String title, LocalDateTime startsAt) {
}
