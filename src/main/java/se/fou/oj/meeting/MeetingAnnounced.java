package se.fou.oj.meeting;

import java.util.List;

/**
 * The invitees have news of a meeting: they were invited, it moved, or it was cancelled. Published with the change;
 * the invitees' inboxes are filled by whoever listens (the notifications), after the change is saved.
 *
 * @param label what the news names: the meeting's title and time, as the invitees read it
 */
public record MeetingAnnounced(long meetingId, Change change, List<Long> inviteeUserIds, String label) {

    public enum Change { INVITED, MOVED, CANCELLED }
}
