package se.fou.oj.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The app's clock: the system clock in the region's zone, unless the calling thread runs at a set instant. The demo
 * loader tells its 2018 story this way, each step at the day the story says it happened, so nothing is redated after
 * the fact. Bound to the thread, so that users working meanwhile keep the real time.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> setInstant;

    AdjustableClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private AdjustableClock(Clock system, ThreadLocal<Instant> setInstant) {
        this.system = system;
        this.setInstant = setInstant;
    }

    /** Runs {@code work} on this thread with the clock standing at {@code instant}, then back to what it was. */
    public <T> T at(Instant instant, Supplier<T> work) {
        Instant before = setInstant.get();
        setInstant.set(instant);
        try {
            return work.get();
        } finally {
            if (before == null) {
                setInstant.remove();
            } else {
                setInstant.set(before);
            }
        }
    }

    /**
     * Whether the clock stands still on this thread: a story of the past is being told (the demo), so what happens
     * now is not news for anyone's mailbox.
     */
    public boolean standsStill() {
        return setInstant.get() != null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(system.withZone(zone), setInstant);
    }

    @Override
    public Instant instant() {
        Instant set = setInstant.get();
        return set != null ? set : system.instant();
    }
}
