package se.fou.oj.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.user.UserNames;

/**
 * A stored user name ("ekero", "system") as the screens show it: the person's name ("Eva Kontaktperson", "Systemet").
 * A static helper so that any view can name people without its constructor growing another service.
 */
@NamedInterface("ui")
public final class PersonName {

    private PersonName() {
    }

    public static String of(String username) {
        UserNames names = VaadinService.getCurrent().getInstantiator().getOrCreate(UserNames.class);
        UI ui = UI.getCurrent();
        return ui == null ? names.nameOf(username) : names.nameOf(username, ui.getLocale());
    }
}
