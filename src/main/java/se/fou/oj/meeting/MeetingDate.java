package se.fou.oj.meeting;

import java.time.LocalDateTime;

/** When a meeting of a cycle is held, of which kind, and whether it still stands: what a list of dates needs. */
public record MeetingDate(long id, long cycleId, MeetingKind kind, String title, LocalDateTime startsAt,
                          Meeting.Status status) {
}
