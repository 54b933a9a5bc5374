package se.fou.oj;

import java.util.ArrayList;
import java.util.List;
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

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    private final ExecuteListenerProvider provider = new DefaultExecuteListenerProvider(new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext ctx) {
            List<String> statements = COUNTING.get();
            if (statements != null) {
                statements.add(ctx.sql());
            }
        }
    });

    @Override
    public ExecuteListener provide() {
        return provider.provide();
    }

    /** What the work returns and the SQL of the statements it executed, in order. */
    public record Counted<T>(T result, List<String> sql) {

        public int statements() {
            return sql.size();
        }
    }

    public <T> Counted<T> count(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        COUNTING.set(statements);
        try {
            return new Counted<>(work.get(), statements);
        } finally {
            COUNTING.remove();
        }
    }
}
