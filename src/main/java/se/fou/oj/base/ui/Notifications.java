package se.fou.oj.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's short confirmations and error messages, all in one look. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
