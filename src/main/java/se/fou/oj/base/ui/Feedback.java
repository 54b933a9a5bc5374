package se.fou.oj.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;

/**
 * Care before what cannot be undone, and words for what happened. {@link #ask} opens a confirmation with a stable id
 * ({@code confirm-…}) so that tests and people alike confirm before submitting, approving, sending back or publishing.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Asks before an irreversible action; the action runs only on confirm, cancelling leaves everything as it was. */
    public static ConfirmDialog ask(String id, String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.setCancelText(translate("action.cancel"));
        dialog.open();
        return dialog;
    }

    /** "Eva Kontaktperson", "Eva Kontaktperson och Johan Kontaktperson", "A, B och C" in the page's language. */
    public static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + translate("audit.and") + " "
                + names.get(names.size() - 1);
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
