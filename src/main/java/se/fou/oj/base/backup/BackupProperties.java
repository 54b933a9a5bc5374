package se.fou.oj.base.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the database backups.
 *
 * @param dir where backups are written ({@code oj-yyyyMMdd-HHmmss.sql.gz})
 * @param keep how many of the regular backups are kept; older ones are deleted after each new one
 * @param cron when the scheduled backup runs ({@code -}: never)
 * @param dumpCommand the {@code mariadb-dump} to run; unset: the embedded MariaDB's own, else the one on PATH
 * @param file the backup command's output file instead of a new one in {@code dir}
 */
@ConfigurationProperties(prefix = "app.backup")
public record BackupProperties(String dir, Integer keep, String cron, String dumpCommand, String file) {

    public BackupProperties {
        dir = dir == null || dir.isBlank() ? "./data/backups" : dir;
        keep = keep == null ? 7 : Math.max(1, keep);
        cron = cron == null ? "-" : cron;
    }
}
