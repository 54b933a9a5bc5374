package se.fou.oj;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements jOOQ executes on the current thread, while a test asks for it: Spring Boot hands every
 * {@link ExecuteListenerProvider} bean to the one DSLContext, and outside {@link #count} the listener does nothing, so
 * the shared context behaves for all other tests as without it.
 */
@TestComponent
public class QueryCounter implements ExecuteListenerProvider {

    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();

    private final ExecuteListenerProvider provider = new DefaultExecuteListenerProvider(new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext ctx) {
            AtomicInteger counter = COUNTING.get();
            if (counter != null) {
                counter.incrementAndGet();
            }
        }
    });

    @Override
    public ExecuteListener provide() {
        return provider.provide();
    }

    /** What the work returns and how many statements it executed. */
    public record Counted<T>(T result, int statements) {
    }

    public <T> Counted<T> count(Supplier<T> work) {
        AtomicInteger counter = new AtomicInteger();
        COUNTING.set(counter);
        try {
            return new Counted<>(work.get(), counter.get());
        } finally {
            COUNTING.remove();
        }
    }
}
