package se.fou.oj.submission;

import java.util.List;

/**
 * The reminder job reminded a municipality's contacts of a request's deadline (before, on the day, or late).
 *
 * @param kind  {@code reminder.before}, {@code reminder.due} or {@code reminder.late}
 * @param label what the reminder names: the request's title and its deadline
 * @param link  the municipality's answer to the request
 */
public record ContactsReminded(long requestId, String kind, List<Long> contactUserIds, String label, String link) {
}
