package se.fou.oj.base.ui;

import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The app's one {@link Clock} for screen components created with {@code new} (sections, dialogs), so that "today" on
 * a screen is the services' today (and a test's fixed one) without passing the clock down every constructor.
 */
@Component
public class UiClock {

    private final Clock clock;

    UiClock(Clock clock) {
        this.clock = clock;
    }

    /** The clock of the running app, found through Vaadin's Spring instantiator; call it on a UI thread. */
    public static Clock get() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(UiClock.class).clock;
    }
}
