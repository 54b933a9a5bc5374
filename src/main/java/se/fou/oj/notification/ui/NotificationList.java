package se.fou.oj.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.notification.Notification;
import se.fou.oj.notification.NotificationService;

/** The user's latest notifications on the start page; opening one marks it read. */
@NamedInterface("ui")
public class NotificationList extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NotificationService service;

    public NotificationList(NotificationService service) {
        this.service = service;
        setId("notifications");
        setPadding(false);
        setSpacing(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        List<Notification> notifications = service.myNotifications(10);
        if (notifications.isEmpty()) {
            Span none = new Span(getTranslation("notification.none"));
            none.setId("notifications-empty");
            none.addClassName("muted");
            add(none);
            return;
        }
        for (Notification notification : notifications) {
            Span time = new Span(TIME.format(notification.createdAt()));
            time.addClassNames("muted", "no-wrap");
            Button open = new Button(getTranslation(notification.messageKey(), notification.messageArgument()), e -> {
                if (!notification.read()) {
                    service.markRead(notification.id());
                }
                if (notification.link() != null) {
                    getUI().ifPresent(ui -> ui.navigate(notification.link()));
                } else {
                    refresh();
                }
            });
            open.setId("notification-" + notification.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassNames(notification.read() ? "notification-read" : "notification-unread", "wrapping-link");
            HorizontalLayout line = new HorizontalLayout(time, open);
            line.addClassName("wrapping-line");
            line.setAlignItems(Alignment.BASELINE);
            add(line);
        }
    }
}
