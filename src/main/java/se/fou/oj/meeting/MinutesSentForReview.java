package se.fou.oj.meeting;

import java.util.List;

/** FoU sent a meeting's minutes to its reviewers, who now have them to approve. */
public record MinutesSentForReview(long meetingId, String meetingTitle, List<Long> reviewerUserIds) {
}
