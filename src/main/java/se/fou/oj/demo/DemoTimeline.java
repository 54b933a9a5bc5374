package se.fou.oj.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The demo story's calendar: each step runs through the ordinary services and is then dated on the day the story says
 * it happened (publication, submissions, approvals, decisions in 2018–2019), so that nothing of the 2018 cycle looks
 * as if it had happened on the day the demo was loaded.
 */
@Component
class DemoTimeline {

    private final DemoTimelineRepository repository;
    private final Clock clock;

    DemoTimeline(DemoTimelineRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Runs the step and dates what it stamped at {@code when}. */
    <T> T at(LocalDateTime when, Supplier<T> step) {
        LocalDateTime systemFrom = LocalDateTime.now().minusSeconds(1);
        LocalDateTime clockFrom = LocalDateTime.now(clock).minusSeconds(1);
        T result = step.get();
        List<LocalDateTime[]> windows = List.of(new LocalDateTime[] {systemFrom, LocalDateTime.now().plusSeconds(1)},
                new LocalDateTime[] {clockFrom, LocalDateTime.now(clock).plusSeconds(1)});
        repository.redate(windows, when);
        return result;
    }

    void at(LocalDateTime when, Runnable step) {
        at(when, () -> {
            step.run();
            return null;
        });
    }

    /** Marks the notifications of the story's years read: what is new to the demo users is this year's work. */
    void markPastNotificationsRead(LocalDateTime since) {
        repository.markReadBefore(since);
    }

    /** A step on a working day of the story, at a plausible office hour. */
    void on(LocalDate day, LocalTime time, Runnable step) {
        at(LocalDateTime.of(day, time), step);
    }
}
