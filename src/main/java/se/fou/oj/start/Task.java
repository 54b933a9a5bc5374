package se.fou.oj.start;

import java.time.LocalDate;

/**
 * Something the user is expected to do next, with where to do it and by when; the text is a translation key and its
 * argument. {@code due} is null for work that has no date of its own (e.g. FoU's next step in a cycle).
 */
public record Task(String messageKey, String argument, String link, LocalDate due, boolean overdue) {

    /** Overdue when {@code due} is before {@code today} (the app's clock, which the caller has). */
    public Task(String messageKey, String argument, String link, LocalDate due, LocalDate today) {
        this(messageKey, argument, link, due, due != null && due.isBefore(today));
    }

    public Task(String messageKey, String argument, String link) {
        this(messageKey, argument, link, null, false);
    }
}
