package se.fou.oj.base.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

/**
 * How the app brings its database up to date at start, in place of a bare {@code flyway.migrate()}:
 * <ol>
 *     <li>with {@code app.restore-from}, a backup is first loaded into the (empty) database;</li>
 *     <li>when migrations are pending on a database that has tables, a backup is taken first
 *     ({@code oj-…-before-upgrade.sql.gz});</li>
 *     <li>if a migration fails, the database is put back exactly as it was from that backup (MariaDB cannot roll
 *     back DDL, so a half-run migration would otherwise stay) and the start stops with a message naming the
 *     migration, the cause and the backup ({@link MigrationFailedException}).</li>
 * </ol>
 */
public class SafeMigrationStrategy implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SafeMigrationStrategy.class);

    private final DatabaseBackups backups;
    private final Path restoreFrom;

    /**
     * @param backups where the backup before an upgrade goes
     * @param restoreFrom a backup to load into the empty database first, or null
     */
    public SafeMigrationStrategy(DatabaseBackups backups, Path restoreFrom) {
        this.backups = backups;
        this.restoreFrom = restoreFrom;
    }

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        if (restoreFrom != null) {
            restore(dataSource);
        }
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0 || isEmpty(dataSource)) {
            flyway.migrate();
            return;
        }
        Path backup = backupBeforeUpgrade();
        try {
            flyway.migrate();
        } catch (FlywayValidateException e) {
            // Nothing was run: the database is untouched
            throw new MigrationFailedException(null, e, null, false);
        } catch (FlywayException e) {
            if (!(e instanceof FlywayMigrateException)) {
                // No migration of this start ran (Flyway's lock not had in time, while another instance migrates; the
                // connection lost): whatever is in the database now is someone else's work, never to be dropped
                throw new MigrationFailedException(null, e, null, false);
            }
            String migration = failedMigration(flyway, pending, e);
            if (backup == null) {
                throw new MigrationFailedException(migration, e, null, false);
            }
            try {
                DumpLoader.replaceWith(dataSource, backup);
            } catch (Exception restoreFailure) {
                e.addSuppressed(restoreFailure);
                throw new MigrationFailedException(migration, e, backup, false);
            }
            throw new MigrationFailedException(migration, e, backup, true);
        }
    }

    private void restore(DataSource dataSource) {
        log.info("Läser in säkerhetskopian {} i den tomma databasen (app.restore-from)", restoreFrom.toAbsolutePath());
        try {
            DumpLoader.restoreIntoEmpty(dataSource, restoreFrom);
        } catch (IllegalStateException e) {
            throw new DatabaseStartException(e.getMessage(), e);
        } catch (Exception e) {
            throw new DatabaseStartException(("Säkerhetskopian %s kunde inte läsas in: %s. Databasen kan vara halvt "
                    + "inläst: töm den innan nästa försök. (Restore failed; empty the database before trying again.)")
                    .formatted(restoreFrom.toAbsolutePath(), e.getMessage()), e);
        }
        log.info("Säkerhetskopian {} är inläst", restoreFrom.toAbsolutePath());
    }

    private Path backupBeforeUpgrade() {
        if (!backups.available()) {
            log.warn("Ingen säkerhetskopia före uppgraderingen av databasen: mariadb-dump saknas (app.backup.dump-command). "
                    + "Misslyckas en migrering kan databasen inte återställas automatiskt.");
            return null;
        }
        try {
            return backups.backupBeforeUpgrade();
        } catch (Exception e) {
            throw new DatabaseStartException("Databasen uppgraderas inte: säkerhetskopian före uppgraderingen "
                    + "misslyckades: " + e.getMessage() + " (no upgrade without a backup first)", e);
        }
    }

    private static boolean isEmpty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DumpLoader.tables(connection).isEmpty();
        } catch (SQLException e) {
            throw new IllegalStateException("Databasen kan inte läsas: " + e.getMessage(), e);
        }
    }

    /** The failed migration's script: from Flyway's exception, else the first pending one that did not succeed. */
    private static String failedMigration(Flyway flyway, MigrationInfo[] pending, FlywayException e) {
        if (e instanceof FlywayMigrateException migrate && migrate.getMigration() != null) {
            return migrate.getMigration().getScript();
        }
        try {
            MigrationInfo[] now = flyway.info().all();
            return Arrays.stream(pending)
                    .filter(p -> Arrays.stream(now).noneMatch(m -> Objects.equals(m.getVersion(), p.getVersion())
                            && m.getState() == MigrationState.SUCCESS))
                    .map(MigrationInfo::getScript).findFirst().orElse(null);
        } catch (FlywayException ignored) {
            return null;
        }
    }
}
