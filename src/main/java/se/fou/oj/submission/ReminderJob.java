package se.fou.oj.submission;

import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.fou.oj.base.jobs.JobLocks;

/**
 * Sends the day's reminders every morning ({@code app.reminders.cron}; {@code -} turns it off), on one app instance
 * only when several share the database: the others' schedulers fire too and skip the run ({@link JobLocks}).
 * ({@code reminder_sent} would keep a reminder from going out twice anyway; the lock keeps the instances from doing
 * the work twice and from competing for the same rows.)
 */
@Component
class ReminderJob {

    /** A run reads the open requests and sends a few e-mails: far below this, which only matters if an instance dies. */
    static final Duration AT_MOST = Duration.ofMinutes(30);
    /** Covers instances whose clocks, and so their schedulers, are up to this far apart. */
    static final Duration AT_LEAST = Duration.ofMinutes(5);

    private final ReminderService reminders;
    private final JobLocks jobLocks;

    ReminderJob(ReminderService reminders, JobLocks jobLocks) {
        this.reminders = reminders;
        this.jobLocks = jobLocks;
    }

    @Scheduled(cron = "${app.reminders.cron:0 0 8 * * *}", zone = "Europe/Stockholm")
    void sendDueReminders() {
        // Through the service's proxy: its transaction commits before the lock is released
        jobLocks.runOnce("reminders", AT_MOST, AT_LEAST, reminders::sendDueReminders);
    }
}
