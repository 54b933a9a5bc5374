package se.fou.oj.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * A new follow-up: its title and what it covers, and the instructions and questions sent to the municipalities with
 * their deadline (a request of the cycle about the improvement area); the follow-up meeting is optional. Like any
 * request it may carry a statistics table, in the text form of {@code StatisticsTable.parse} (null: no table).
 */
public record FollowUpDraft(String title, String covers, String instructions, List<String> questions, LocalDate deadline,
                            Long meetingId, String statisticsRows, String statisticsBreakdowns) {

    /** A follow-up whose request has no statistics table. */
    public FollowUpDraft(String title, String covers, String instructions, List<String> questions, LocalDate deadline,
                         Long meetingId) {
        this(title, covers, instructions, questions, deadline, meetingId, null, null);
    }
}
