package se.fou.oj.base.metrics;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions and UIs (open browser tabs) the server holds: gauges {@code oj.vaadin.sessions} and
 * {@code oj.vaadin.uis}, counted from Vaadin's own session and UI lifecycle, so a session that ends by timeout or
 * logout, and a tab that is closed or lost, are counted out.
 */
@Component
public class VaadinMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        Gauge.builder("oj.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions held by this server").register(registry);
        Gauge.builder("oj.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (open browser tabs) held by this server").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            UI ui = init.getUI();
            // A detach comes once per UI: when its tab is closed or lost, or its session ends
            ui.addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    public int sessions() {
        return sessions.get();
    }

    public int uis() {
        return uis.get();
    }
}
