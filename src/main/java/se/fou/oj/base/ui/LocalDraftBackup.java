package se.fou.oj.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import se.fou.oj.base.security.CurrentUser;

/**
 * Keeps a copy of what is typed into a text field in the browser's localStorage until the server has saved it, so
 * that text typed while the connection is down or after the session ended survives a reload or a new login. When the
 * field opens and the browser still holds text the server does not have, this notice (placed by the caller, usually
 * just above the field) offers it back; restoring puts it into the field and saves it through the caller's normal save,
 * so every check of that path (e.g. a submission's stale-version refusal) still applies.
 *
 * <p>The copy is written by an inline script on every keystroke, without waiting for the server, because the server is
 * exactly what may be unreachable. The key names the user, so a shared browser never offers one person's text to another.
 */
public class LocalDraftBackup extends Div {

    /** Prefix of every key, so the app's entries are recognisable among other sites' data of the same origin. */
    static final String PREFIX = "fou-oj:";
    private static final DateTimeFormatter TYPED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private final AbstractField<?, String> field;
    private final String key;
    private final Runnable save;
    private String serverValue;
    private boolean offering;

    /**
     * @param field the text field to back up; its value now is taken as what the server holds
     * @param what  what the text is, stable across sessions, e.g. {@code "submission:12:0125:q:34"}
     * @param save  the field's normal save, run after a restore (the field's value is then the restored text)
     */
    public LocalDraftBackup(AbstractField<?, String> field, String what, Runnable save) {
        this.field = field;
        this.key = PREFIX + CurrentUser.require().username() + ":" + what;
        this.save = save;
        this.serverValue = Objects.requireNonNullElse(field.getValue(), "");
        addClassName("info-box");
        setVisible(false);
        field.getId().ifPresent(id -> setId(id + "-backup"));
        // Visible in the DOM so that a browser test (and anyone debugging) can find the entry of a field
        field.getElement().setAttribute("data-draft-key", key);
        field.addAttachListener(e -> watch());
    }

    public String key() {
        return key;
    }

    /**
     * The server has saved {@code value}: the browser's copy is dropped if it is that text, or else (typed on during the
     * round trip) kept as text over the new server value. Run at page level so that it also works when the view is
     * rebuilt right after the save and the field is gone.
     */
    public void saved(String value) {
        String saved = Objects.requireNonNullElse(value, "");
        serverValue = saved;
        if (offering) {
            return; // the field is locked while the notice waits; its stored text is still unanswered
        }
        field.getElement().executeJs("this.__draftBase = $0", saved);
        UI.getCurrent().getPage().executeJs(DraftBackupScripts.SAVED, key, saved);
    }

    /** Starts the keystroke copy in the browser and asks what it already holds under the key. */
    private void watch() {
        field.getElement().executeJs(DraftBackupScripts.WATCH, key, serverValue)
                .then(String.class, this::offer, error -> { });
    }

    /** What the browser held when the field opened; package-private so tests can play the browser's part. */
    void offer(String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        StoredDraft stored = StoredDraft.parse(raw).orElse(null);
        if (stored != null && !stored.text().equals(field.getValue()) && !field.isReadOnly()) {
            show(stored);
            return;
        }
        if (stored == null || stored.text().equals(field.getValue())) {
            forget(); // garbled, or saved after all and only the confirmation did not arrive
        }
        release();
    }

    private void show(StoredDraft stored) {
        removeAll();
        Paragraph found = new Paragraph(getTranslation("draftBackup.found", TYPED_AT.format(stored.typedAt())));
        found.addClassName("warning");
        add(found);
        if (stored.typedOverOtherThan(serverValue)) {
            add(new Paragraph(getTranslation("draftBackup.changedSince")));
        }
        Paragraph preview = new Paragraph(stored.text());
        preview.addClassName("draft-preview");
        Button restore = new Button(getTranslation("draftBackup.restore"), e -> restore(stored.text()));
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("draftBackup.discard"), e -> discard());
        getId().ifPresent(id -> {
            restore.setId(id + "-restore");
            discard.setId(id + "-discard");
        });
        add(preview, new HorizontalLayout(restore, discard));
        // Locked until answered: typing now would overwrite the stored copy before the user decided about it
        field.setReadOnly(true);
        offering = true;
        setVisible(true);
    }

    private void restore(String text) {
        close();
        field.setValue(text);
        save.run(); // the normal path: on success it calls saved(), which drops the stored copy
    }

    private void discard() {
        close();
        forget();
    }

    private void close() {
        offering = false;
        field.setReadOnly(false);
        setVisible(false);
        removeAll();
        release();
    }

    private void release() {
        field.getElement().executeJs(DraftBackupScripts.RELEASE);
    }

    private void forget() {
        UI.getCurrent().getPage().executeJs(DraftBackupScripts.FORGET, key);
    }
}
