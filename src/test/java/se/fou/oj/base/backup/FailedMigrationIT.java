package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.db.EmbeddedMariaDb;

/**
 * A start whose migration fails stops with a message naming the migration, the cause and the backup, and leaves the
 * database exactly as it was: tried on a copy of the demo database on the tests' server, with a test-only migration
 * that creates a table, adds a column and then fails.
 */
class FailedMigrationIT extends IntegrationTest {

    @Autowired
    DataSource appDataSource;

    @Autowired
    EmbeddedMariaDb embeddedMariaDb;

    @Value("${app.embedded-db.base-dir}")
    String embeddedBaseDir;

    @Test
    void aFailingMigrationStopsTheStartAndLeavesTheDatabaseAsItWas() throws Exception {
        DatabaseTarget scratch = ScratchDatabases.createEmpty(appDataSource, embeddedMariaDb.port(), "failed_migration_test");
        DataSource dataSource = ScratchDatabases.dataSource(scratch);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        ScratchDatabases.copyRows(appDataSource, scratch.database());
        Map<String, String> before = ScratchDatabases.contents(dataSource);
        List<Map<String, Object>> historyBefore = history(dataSource);

        Path backups = Files.createDirectories(Path.of("target", "failed-migration-backups"));
        SafeMigrationStrategy start = new SafeMigrationStrategy(new DatabaseBackups(
                MariaDbDump.resolve(null, embeddedBaseDir, true), scratch, backups, 7, clock), null);
        Flyway withFailingMigration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/failing-migration").load();

        assertThatThrownBy(() -> start.migrate(withFailingMigration))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("Uppgraderingen av databasen misslyckades i migreringen V900__fails.sql: ")
                .hasMessageContaining("no_such_table_anywhere")
                .hasMessageContaining("Databasen är återställd till hur den var före uppgraderingen, från säkerhetskopian "
                        + backups.toAbsolutePath().normalize().resolve("oj-"))
                .hasMessageContaining("-before-upgrade.sql.gz")
                .hasMessageContaining("Appen startar inte");

        assertThat(DumpLoader.tables(dataSource.getConnection())).doesNotContain("created_by_failing_migration");
        assertThat(new JdbcTemplate(dataSource).queryForList("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'app_user'", String.class))
                .doesNotContain("added_by_failing_migration");
        assertThat(history(dataSource)).isEqualTo(historyBefore);
        assertThat(ScratchDatabases.contents(dataSource)).isEqualTo(before);
        assertThat(before.get("app_user")).doesNotStartWith("0 rows");
    }

    @Test
    void aStartThatRanNoMigrationOfItsOwnNeverPutsTheDatabaseBack() throws Exception {
        DatabaseTarget scratch = ScratchDatabases.createEmpty(appDataSource, embeddedMariaDb.port(), "lock_wait_test");
        DataSource dataSource = ScratchDatabases.dataSource(scratch);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        Flyway withPending = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/failing-migration").load();
        // Another instance migrates meanwhile (its table appears) and this start gives up waiting for Flyway's lock
        Flyway waitingForTheLock = spy(withPending);
        doAnswer(call -> {
            new JdbcTemplate(dataSource).execute("CREATE TABLE made_by_the_other_instance (id INT)");
            throw new FlywayException("Unable to obtain lock: another instance is migrating");
        }).when(waitingForTheLock).migrate();
        SafeMigrationStrategy start = new SafeMigrationStrategy(new DatabaseBackups(
                MariaDbDump.resolve(null, embeddedBaseDir, true), scratch,
                Files.createDirectories(Path.of("target", "lock-wait-backups")), 7, clock), null);

        assertThatThrownBy(() -> start.migrate(waitingForTheLock))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("Unable to obtain lock")
                .hasMessageContaining("Ingen migrering kördes; databasen är oförändrad");
        assertThat(DumpLoader.tables(dataSource.getConnection())).contains("made_by_the_other_instance");
    }

    private static List<Map<String, Object>> history(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForList("SELECT * FROM flyway_schema_history ORDER BY installed_rank");
    }
}
