package se.fou.oj.base.ui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;

/**
 * What the browser kept of one text field: the text as last typed, the server value it was typed over, and when (the
 * browser's clock, so only ever shown, never compared with the server's). Read from the browser, so never trusted
 * further than to be offered back to the same user.
 */
record StoredDraft(String text, String base, long at) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The entry as localStorage held it; empty when there is none or it is not ours (garbled, another format). */
    static Optional<StoredDraft> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            StoredDraft draft = JSON.readValue(raw, StoredDraft.class);
            return draft.text() == null ? Optional.empty() : Optional.of(draft);
        } catch (Exception garbled) {
            return Optional.empty();
        }
    }

    /** The JSON the browser script writes, for tests that put an entry in place as the browser would. */
    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Instant typedAt() {
        return Instant.ofEpochMilli(at);
    }

    /** The server's text moved since this was typed (a colleague, another tab): restoring would replace that. */
    boolean typedOverOtherThan(String serverValue) {
        return base != null && !base.equals(serverValue);
    }
}
