package se.fou.oj.base.backup;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled backup ({@code app.backup.cron}, off by default), keeping the newest {@code app.backup.keep}. */
@Component
public class NightlyBackupJob {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackupJob.class);

    private final DatabaseBackups backups;

    NightlyBackupJob(DatabaseBackups backups) {
        this.backups = backups;
    }

    /** One backup now. Kept small and public so that a job lock across instances can wrap it. */
    @Scheduled(cron = "${app.backup.cron:-}", zone = "Europe/Stockholm")
    public void backUp() {
        try {
            backups.backup();
        } catch (IOException | RuntimeException e) {
            log.error("Den schemalagda säkerhetskopieringen misslyckades (scheduled backup failed): {}", e.getMessage(), e);
        }
    }
}
