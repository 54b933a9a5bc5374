package se.fou.oj.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.fou.oj.base.AdjustableClock;
import se.fou.oj.notification.NotificationService;

/**
 * The demo story's calendar: each step runs through the ordinary services with the app's clock standing at the day the
 * story says it happened (publication, submissions, approvals, decisions in 2018–2019), so that what the step stamps
 * and judges "now" is that day, and nothing of the 2018 cycle looks as if it had happened on the day the demo was
 * loaded. The clock stands still only for the loading thread and only during the step.
 */
@Component
class DemoTimeline {

    private final AdjustableClock clock;
    private final NotificationService notifications;

    DemoTimeline(AdjustableClock clock, NotificationService notifications) {
        this.clock = clock;
        this.notifications = notifications;
    }

    /** Runs the step at {@code when} (wall-clock time in the app's zone). */
    <T> T at(LocalDateTime when, Supplier<T> step) {
        return clock.at(when.atZone(clock.getZone()).toInstant(), step);
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

    /**
     * Marks the notifications from before {@code readBefore} read: the story's past was read back then, what is new
     * to the demo users is this year's work.
     */
    void finish(LocalDateTime readBefore) {
        notifications.markReadBefore(readBefore);
    }
}
