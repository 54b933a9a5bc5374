package se.fou.oj.base.navigation;

import com.vaadin.flow.router.BeforeEnterEvent;
import se.fou.oj.base.NotFoundException;

/** The cycle screens' shared route parameter: {@code cycles/:cycleId/...}. */
public final class CycleRoutes {

    public static final String CYCLE_ID = "cycleId";

    private CycleRoutes() {
    }

    /** The cycle id of the address, or "not found" for anything that is not one. */
    public static long cycleId(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(CYCLE_ID).orElse("");
        if (!raw.matches("\\d{1,18}")) {
            throw new NotFoundException(event.getUI().getTranslation("cycle.error.notFound", raw));
        }
        return Long.parseLong(raw);
    }
}
