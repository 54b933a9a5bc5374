package se.fou.oj.base.events;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener that fails the first time it hears a probe, as a listener would while the database is briefly away.
 * Test code only: nothing in the application publishes a {@link Probe}.
 */
@Component
class FlakyListener {

    /** An event only the test publishes. */
    record Probe(String id) {
    }

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger delivered = new AtomicInteger();

    // Methods, not fields: the bean the test gets is a transactional proxy, whose own fields are empty
    int calls() {
        return calls.get();
    }

    int delivered() {
        return delivered.get();
    }

    void reset() {
        calls.set(0);
        delivered.set(0);
    }

    @ApplicationModuleListener
    void on(Probe probe) {
        if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("Simulated failure of a listener");
        }
        delivered.incrementAndGet();
    }
}
