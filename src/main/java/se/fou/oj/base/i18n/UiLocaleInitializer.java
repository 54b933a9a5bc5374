package se.fou.oj.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Swedish, whatever the browser prefers; a user who picks English in the menu keeps it for the
 * session.
 */
@Component
public class UiLocaleInitializer implements VaadinServiceInitListener {

    public static final String SESSION_LOCALE = "fou.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
            uiEvent.getUI().setLocale(chosen instanceof Locale locale ? locale : Messages.SWEDISH);
        });
    }
}
