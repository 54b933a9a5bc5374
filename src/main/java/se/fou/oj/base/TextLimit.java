package se.fou.oj.base;

import se.fou.oj.base.i18n.Messages;

/**
 * The longest text each kind of field takes, stated once: the services refuse a longer text with a Swedish message
 * naming the field, the maximum and the length given (nothing saved is lost), the screens set the same
 * {@code maxLength}, and the columns hold it.
 *
 * <p>Lengths count as Java and the browser count them ({@link String#length()}, UTF-16 units). One unit is at most
 * 3 bytes in utf8mb4 (a 4-byte character is two units), so {@link #TEXT} (20,000 units, at most 60,000 bytes) fits a
 * {@code TEXT} column (65,535 bytes); {@code VARCHAR(n)} counts characters, so each one-line kind is no longer than
 * the narrowest column it is stored in.
 */
public enum TextLimit {

    /** A name: a person, a municipality, an area, an agenda template, a presenter, a statistics category. */
    NAME(100),
    /** A line: the title of a meeting, an agenda item, a request, a development area, a follow-up, a milestone; a place. */
    TITLE(200),
    /** A reference: the authors, title, publisher or link of a knowledge item; a video link. */
    REFERENCE(500),
    /** Free text: answers, explanations, notes, decisions, comments, readings, analyses, reports. */
    TEXT(20_000);

    private final int max;

    TextLimit(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** Whether the text fits (null fits). */
    public boolean fits(String text) {
        return text == null || text.length() <= max;
    }

    /**
     * Refuses a text longer than this limit with a Swedish {@link ValidationException} that names the field (the
     * label's translation key and its arguments), the maximum and the length given.
     */
    public void check(Messages messages, String text, String labelKey, Object... labelArguments) {
        if (!fits(text)) {
            throw new ValidationException(problem(messages, text, labelKey, labelArguments));
        }
    }

    /** The message {@link #check} throws, for callers that collect every problem before refusing. */
    public String problem(Messages messages, String text, String labelKey, Object... labelArguments) {
        return messages.get("text.error.tooLong", messages.get(labelKey, labelArguments), max, text.length());
    }
}
