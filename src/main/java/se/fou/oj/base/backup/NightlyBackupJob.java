package se.fou.oj.base.backup;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.fou.oj.base.jobs.JobLocks;

/**
 * The scheduled backup ({@code app.backup.cron}, off by default), keeping the newest {@code app.backup.keep}. When
 * several app instances share the database, each one's scheduler fires and one of them makes the backup
 * ({@link JobLocks}): the others would only write copies of the same dump.
 */
@Component
public class NightlyBackupJob {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackupJob.class);

    /** A dump of the region's data takes seconds; the lock only outlives this if the instance dies during it. */
    static final Duration AT_MOST = Duration.ofHours(2);
    /** Covers instances whose clocks, and so their schedulers, are up to this far apart. */
    static final Duration AT_LEAST = Duration.ofMinutes(5);

    private final DatabaseBackups backups;
    private final JobLocks jobLocks;

    NightlyBackupJob(DatabaseBackups backups, JobLocks jobLocks) {
        this.backups = backups;
        this.jobLocks = jobLocks;
    }

    @Scheduled(cron = "${app.backup.cron:-}", zone = "Europe/Stockholm")
    void scheduledBackup() {
        jobLocks.runOnce("nightly-backup", AT_MOST, AT_LEAST, this::backUp);
    }

    /** One backup now, on this instance. */
    public void backUp() {
        try {
            backups.backup();
        } catch (IOException | RuntimeException e) {
            log.error("Den schemalagda säkerhetskopieringen misslyckades (scheduled backup failed): {}", e.getMessage(), e);
        }
    }
}
