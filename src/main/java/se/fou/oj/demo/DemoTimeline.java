package se.fou.oj.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The demo story's calendar: each step runs through the ordinary services, and when the story is told
 * ({@link #finish}) everything a step stamped "now" is dated on the day the story says it happened (publication,
 * submissions, approvals, decisions in 2018–2019), so that nothing of the 2018 cycle looks as if it had happened on the
 * day the demo was loaded. One pass at the end keeps the first start quick.
 */
@Component
class DemoTimeline {

    /** One step: when it ran (in the system's zone and in the clock's zone, as services stamp in either) and its date. */
    record Step(List<LocalDateTime[]> windows, LocalDateTime when) {
    }

    private final DemoTimelineRepository repository;
    private final Clock clock;
    private final List<Step> steps = new ArrayList<>();
    private final List<Runnable> afterwards = new ArrayList<>();

    DemoTimeline(DemoTimelineRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Runs the step; what it stamps is dated at {@code when} by {@link #finish}. */
    synchronized <T> T at(LocalDateTime when, Supplier<T> step) {
        LocalDateTime systemFrom = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        LocalDateTime clockFrom = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        T result = step.get();
        steps.add(new Step(List.of(new LocalDateTime[] {systemFrom, LocalDateTime.now().plus(1, ChronoUnit.MICROS)},
                new LocalDateTime[] {clockFrom, LocalDateTime.now(clock).plus(1, ChronoUnit.MICROS)}), when));
        return result;
    }

    void at(LocalDateTime when, Runnable step) {
        at(when, () -> {
            step.run();
            return null;
        });
    }

    /** A step on a working day of the story, at a plausible office hour. */
    void on(LocalDate day, LocalTime time, Runnable step) {
        at(LocalDateTime.of(day, time), step);
    }

    /** Work that needs the dated stamps, e.g. drawing approved minutes again with their approval times. */
    synchronized void afterwards(Runnable work) {
        afterwards.add(work);
    }

    /**
     * Dates every step, then runs what waited for the dates, and marks the notifications from before
     * {@code readBefore} read: the story's past was read back then, what is new to the demo users is this year's work.
     */
    synchronized void finish(LocalDateTime readBefore) {
        repository.redate(steps);
        afterwards.forEach(Runnable::run);
        repository.markReadBefore(readBefore);
        steps.clear();
        afterwards.clear();
    }
}
