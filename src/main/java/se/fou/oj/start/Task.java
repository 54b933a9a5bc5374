package se.fou.oj.start;

/** Something the user is expected to do next, with where to do it; the text is a translation key and its argument. */
public record Task(String messageKey, String argument, String link, boolean overdue) {

    public Task(String messageKey, String argument, String link) {
        this(messageKey, argument, link, false);
    }
}
