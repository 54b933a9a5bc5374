package se.fou.oj.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as FoU plans it. {@code agenda} null means the kind's standard agenda.
 *
 * @param inviteAllContacts invite every municipal contact of the region (and show the meeting to all of them)
 */
public record MeetingDraft(MeetingKind kind, String title, LocalDateTime startsAt, String place, String videoLink,
                           boolean inviteAllContacts, List<Long> inviteeIds, List<AgendaItemDraft> agenda) {
}
