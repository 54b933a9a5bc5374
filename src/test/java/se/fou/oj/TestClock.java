package se.fou.oj;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock in tests: the real one (the app's {@code clock} bean, whose demo story still works), or standing
 * at an instant a test sets. {@link IntegrationTest} resets it after every test, so a fixed time never leaks into
 * the next test of the shared context.
 */
public class TestClock extends Clock {

    private final Clock app;
    private volatile Instant fixed;

    TestClock(Clock app) {
        this.app = app;
    }

    /** Stops the clock at {@code instant} until {@link #reset}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Stops the clock at this wall-clock time in the app's zone. */
    public void set(LocalDateTime wallClock) {
        set(wallClock.atZone(getZone()).toInstant());
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return app.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at != null ? Clock.fixed(at, zone) : app.withZone(zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : app.instant();
    }

    /** Registers the test clock as the one every service gets; the app's own stays available to it by name. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock(@Qualifier("clock") Clock app) {
            return new TestClock(app);
        }
    }
}
