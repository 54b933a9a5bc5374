package se.fou.oj.base.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields a change altered, each with its value before and after, for the audit log ("Status: Pågår → Klar").
 * Only fields whose value differs are kept, so a save that changed nothing records nothing. Values are kept as text;
 * a coded value (an enum) names the translation prefix that turns it into words when the log is read
 * ({@code valueKeys} "actionPlan.status." + "DONE"), so the log reads in the reader's language.
 */
public final class AuditChanges {

    /** A value longer than this is cut: the log keeps what it can show, a change is never refused for its length. */
    static final int MAX_VALUE = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * One changed field. {@code before} and {@code after} are null for "no value"; {@code hidden} fields (a password)
     * say only that they changed. {@code valueKeys} is the translation prefix of a coded value, or null.
     */
    public record Change(String field, String before, String after, String valueKeys, boolean hidden) {
    }

    private final List<Change> changes = new ArrayList<>();

    public static AuditChanges of() {
        return new AuditChanges();
    }

    /** Keeps the field if its value changed; blank text counts as no value. */
    public AuditChanges field(String field, Object before, Object after) {
        return add(field, before, after, null);
    }

    /** A coded field (an enum): its values are read through the translation keys {@code valueKeys + value}. */
    public AuditChanges coded(String field, Object before, Object after, String valueKeys) {
        return add(field, before, after, valueKeys);
    }

    /** A field whose values are never written to the log (a password hash): only that it changed. */
    public AuditChanges hidden(String field) {
        changes.add(new Change(field, null, null, null, true));
        return this;
    }

    private AuditChanges add(String field, Object before, Object after, String valueKeys) {
        String old = text(before);
        String now = text(after);
        if (!Objects.equals(old, now)) {
            changes.add(new Change(field, old, now, valueKeys, false));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text;
        if (value instanceof Enum<?> e) {
            text = e.name();
        } else if (value instanceof TemporalAccessor t && value.toString().contains("T")) {
            text = DATE_TIME.format(t);
        } else {
            text = value.toString();
        }
        if (text.isBlank()) {
            return null;
        }
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
    }

    String toJson() {
        if (changes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes could not be written as JSON", e);
        }
    }

    /** The changes as stored; text that is no list of changes (never written by this class) reads as none. */
    static List<Change> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Change>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
