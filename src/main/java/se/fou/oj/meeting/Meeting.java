package se.fou.oj.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A meeting with everything the planning and the minutes need. Times are Europe/Stockholm wall-clock times. */
public record Meeting(long id, long cycleId, String cycleTitle, MeetingKind kind, String title, LocalDateTime startsAt,
                      String place, String videoLink, Status status, int calendarSequence, boolean inviteAllContacts,
                      MinutesStatus minutesStatus, int minutesVersion, String correctionReason, List<AgendaItem> agenda,
                      List<Invitee> invitees, List<Attendance> attendance, List<Decision> decisions,
                      List<ActionItem> actionItems, List<Reviewer> reviewers, List<MinutesVersion> approvedVersions) {

    public enum Status {
        PLANNED, HELD, CANCELLED
    }

    public enum MinutesStatus {
        DRAFT, REVIEW, APPROVED
    }

    public enum Response {
        NONE, YES, NO
    }

    public record AgendaItem(long id, int position, String title, String presenter, int estimatedMinutes, String notes) {
    }

    public record Invitee(long userId, String name, String role, Long municipalityId, String municipalityName,
                          Response response) {
    }

    public record Attendance(long id, String personName, Long municipalityId, String municipalityName,
                             JobFunction function, boolean present) {
    }

    public record Decision(long id, int position, String text) {
    }

    public record ActionItem(long id, long meetingId, String text, Long ownerUserId, String ownerUserName,
                             Long ownerMunicipalityId, String ownerMunicipalityName, LocalDate dueDate,
                             LocalDateTime doneAt) {

        public String owner() {
            return ownerUserName != null ? ownerUserName : ownerMunicipalityName;
        }

        public boolean overdue(LocalDate today) {
            return doneAt == null && dueDate.isBefore(today);
        }
    }

    public record Reviewer(long userId, String name, Integer approvedVersion, LocalDateTime approvedAt, String comment) {
    }

    public record MinutesVersion(int versionNo, LocalDateTime approvedAt, String approvedBy, String correctionReason) {
    }

    /** The end follows the agenda: the start plus every item's estimated minutes. */
    public LocalDateTime endsAt() {
        int minutes = agenda.stream().mapToInt(AgendaItem::estimatedMinutes).sum();
        return startsAt.plusMinutes(Math.max(minutes, 30));
    }

    /** Whether the meeting has begun: only a meeting that has been held can have approved minutes. */
    public boolean begun(LocalDateTime now) {
        return !startsAt.isAfter(now);
    }

    /** The status to show: a meeting in the future is never shown as held, whatever was recorded. */
    public Status shownStatus(LocalDateTime now) {
        return status == Status.HELD && !begun(now) ? Status.PLANNED : status;
    }

    public boolean minutesEditable() {
        return minutesStatus != MinutesStatus.APPROVED;
    }
}
