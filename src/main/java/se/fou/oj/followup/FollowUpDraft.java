package se.fou.oj.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * A new follow-up: its title and what it covers, and the instructions and questions sent to the municipalities with
 * their deadline (a request of the cycle about the improvement area); the follow-up meeting is optional.
 */
public record FollowUpDraft(String title, String covers, String instructions, List<String> questions, LocalDate deadline,
                            Long meetingId) {
}
