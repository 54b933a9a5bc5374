package se.fou.oj.meeting;

/** One reviewer approved the current version of a meeting's minutes: what was asked of her is done. */
public record MinutesApprovedByReviewer(long meetingId, long reviewerUserId) {
}
