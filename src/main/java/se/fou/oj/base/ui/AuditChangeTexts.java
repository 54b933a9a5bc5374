package se.fou.oj.base.ui;

import java.util.List;
import java.util.stream.Collectors;
import se.fou.oj.base.audit.AuditChanges;

/**
 * The changed fields of an audit entry as a reader reads them, one line each: "Status: Pågår → Klar",
 * "Svar på fråga 2: (tomt) → Vi har …", "Lösenordet ändrades". A field's label is the translation key
 * {@code audit.field.<name>}, with what follows a colon in the stored name as its argument ({@code answer:2}), or else
 * the stored name itself when it is a translation key (a follow-up section's {@code followUp.section.SUMMARY}); a coded
 * value is read through the translation prefix kept with it. Long texts are cut for the screen; the log keeps them
 * whole.
 */
public final class AuditChangeTexts {

    /** How much of a long value (an answer's text) a line shows. */
    static final int SHOWN = 300;

    /** Looks up a translation key with its arguments in the page's language. */
    public interface Texts {
        String get(String key, Object... args);
    }

    private final Texts texts;

    public AuditChangeTexts(Texts texts) {
        this.texts = texts;
    }

    /** Every change of an entry, one per line, in the order recorded. */
    public String lines(List<AuditChanges.Change> changes) {
        return changes.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    public String line(AuditChanges.Change change) {
        String label = label(change.field());
        if (change.hidden()) {
            return texts.get("audit.change.hidden", label);
        }
        return texts.get("audit.change", label, value(change.before(), change.valueKeys()),
                value(change.after(), change.valueKeys()));
    }

    private String label(String field) {
        int colon = field.indexOf(':');
        String name = colon < 0 ? field : field.substring(0, colon);
        String label = colon < 0 ? texts.get("audit.field." + name) : texts.get("audit.field." + name, field.substring(colon + 1));
        if (label.startsWith("!") && colon < 0) {
            // A field may be named by a label key of its own module (a follow-up report's section)
            label = texts.get(field);
        }
        // A field no translation names is shown by its stored name rather than as a missing key
        return label.startsWith("!") ? field : label;
    }

    private String value(String value, String valueKeys) {
        if (value == null) {
            return texts.get("audit.change.empty");
        }
        if (valueKeys != null) {
            String word = texts.get(valueKeys + value);
            return word.startsWith("!") ? value : word;
        }
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN - 1) + "…";
    }
}
