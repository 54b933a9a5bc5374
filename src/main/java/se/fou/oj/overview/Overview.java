package se.fou.oj.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.fou.oj.cycle.Stage;
import se.fou.oj.meeting.MeetingKind;

/**
 * The region at a glance (Översikt), as of {@code today}: what a social chiefs' meeting puts on the screen. Each row
 * carries the address of its page ({@code link}, without a leading slash, as the app's own links). Rows about the
 * reader's own municipality come first.
 *
 * @param ownMunicipalityName the reader's municipality (a contact's or a social chief's), or null
 */
public record Overview(LocalDate today, String ownMunicipalityName, List<CycleRow> cycles, List<RequestRow> openRequests,
                       List<AreaRow> improvementAreas, List<ActionRow> overdueActions, List<MeetingRow> nextMeetings) {

    /** One cycle of one area with its stage. */
    public record CycleRow(long cycleId, String areaName, int year, Stage stage, String link) {

        public String title() {
            return areaName + " " + year;
        }
    }

    /**
     * A request whose answers are not yet published.
     *
     * @param submitted how many municipalities have submitted; null for a contact, who sees no other's status
     * @param late the municipalities that have not submitted by their deadline (a contact: only her own)
     * @param ownLate whether the reader's own municipality is among the late
     */
    public record RequestRow(long requestId, long cycleId, String cycleTitle, String title, LocalDate deadline,
                             Integer submitted, int municipalities, List<String> late, boolean ownLate, String link) {
    }

    /**
     * A decided improvement area: each municipality's action-plan progress (the reader's own first) and the region's
     * share (the mean of the municipalities' shares, null when none counts), the next milestone not yet reached, and
     * the next follow-up.
     */
    public record AreaRow(long developmentAreaId, String title, String cycleTitle, List<Progress> progress,
                          String regionShare, Milestone nextMilestone, NextFollowUp nextFollowUp, String link,
                          String actionPlanLink) {
    }

    /**
     * One municipality's progress with its action plan: done of counted activities (dropped ones not counted), the
     * share printed by {@code results.Percent}, and how many are overdue.
     */
    public record Progress(Long municipalityId, String municipalityName, int done, int counted, int overdue,
                           BigDecimal share, String shareText, boolean own) {
    }

    /** A milestone of the decided plan not yet reached; {@code passed} when its date has gone by. */
    public record Milestone(LocalDate dueOn, String title, boolean passed) {
    }

    /** The next follow-up of an area: its meeting's day, or else its request's deadline. */
    public record NextFollowUp(long followUpId, String title, LocalDate on, boolean meeting, String link) {
    }

    /**
     * An action item whose date has passed and that is not done: from the minutes of a meeting, or an activity of a
     * municipality's action plan.
     *
     * @param source where it comes from ("MEETING" or "PLAN")
     * @param context the meeting's title or the improvement area's title
     */
    public record ActionRow(String source, String what, String owner, Long municipalityId, LocalDate due, String context,
                            boolean own, String link) {
    }

    /** A meeting ahead that still stands. */
    public record MeetingRow(long meetingId, String title, String cycleTitle, MeetingKind kind, LocalDateTime startsAt,
                             String link) {
    }
}
