package se.fou.oj.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.CurrentUser;

/**
 * Puts the {@link SessionWarning} into every UI of a logged-in user, timed by the HTTP session's own timeout
 * ({@code server.servlet.session.timeout}) and {@code app.session.warning-before}.
 */
@Component
class SessionWarningInit implements VaadinServiceInitListener {

    private final Duration warnBefore;

    SessionWarningInit(@Value("${app.session.warning-before:60s}") Duration warnBefore) {
        this.warnBefore = warnBefore;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            UI ui = init.getUI();
            if (CurrentUser.find().isEmpty()
                    || ui.getChildren().anyMatch(SessionWarning.class::isInstance)) {
                return;
            }
            VaadinSession session = ui.getSession();
            int seconds = session.getSession().getMaxInactiveInterval();
            if (seconds > 0) {
                ui.add(new SessionWarning(Duration.ofSeconds(seconds), warnBefore));
            }
        }));
    }
}
