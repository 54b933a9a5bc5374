package se.fou.oj.notification;

import java.time.LocalDateTime;

/** An in-app message to one user; the text is a translation key and its argument, shown in the user's language. */
public record Notification(long id, LocalDateTime createdAt, String messageKey, String messageArgument, String link,
                           boolean read) {
}
