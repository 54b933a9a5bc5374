package se.fou.oj.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What is written before a restart of the embedded database is there after it; two instances without a configured
 * port start side by side; one data folder serves one instance at a time.
 */
class EmbeddedMariaDbIT {

    private static final EmbeddedDatabaseProperties PROPERTIES = new EmbeddedDatabaseProperties(
            "target/restart-mariadb/data", "target/restart-mariadb/base", 0, "restart_test", true);

    @Test
    void aDataDirectoryUnderTheTempFolderIsNotTakenForThrowAway() {
        String tmp = System.getProperty("java.io.tmpdir");
        String underTmp = EmbeddedMariaDb.outsideTempCheck(Path.of(tmp, "klon", "data"));
        assertThat(underTmp).doesNotStartWith(tmp);
        assertThat(Path.of(underTmp).normalize()).isEqualTo(Path.of(tmp, "klon", "data"));
        assertThat(EmbeddedMariaDb.outsideTempCheck(Path.of("/srv/fou/data"))).isEqualTo("/srv/fou/data");
    }

    @Test
    void dataSurvivesARestart() throws SQLException {
        EmbeddedMariaDb first = new EmbeddedMariaDb(PROPERTIES);
        first.start();
        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text VARCHAR(100))");
            statement.execute("INSERT INTO note VALUES ('Uppföljning av beslut – Järfälla')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(PROPERTIES.dataDir(),
                PROPERTIES.baseDir(), 0, PROPERTIES.database(), false));
        second.start();
        try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Uppföljning av beslut – Järfälla");
        } finally {
            second.stop();
        }
    }

    @Test
    void twoInstancesWithoutAConfiguredPortRunSideBySide() throws SQLException {
        EmbeddedMariaDb first = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(
                "target/side-by-side/one/data", "target/side-by-side/one/bin", null, "one", true));
        EmbeddedMariaDb second = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(
                "target/side-by-side/two/data", "target/side-by-side/two/bin", null, "two", true));
        first.start();
        try {
            second.start();
            try {
                assertThat(first.port()).isPositive().isNotEqualTo(3307).isNotEqualTo(second.port());
                assertThat(second.port()).isPositive().isNotEqualTo(3307);
                assertThat(schemaOf(first)).isEqualTo("one");
                assertThat(schemaOf(second)).isEqualTo("two");
            } finally {
                second.stop();
            }
        } finally {
            first.stop();
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderIsRefusedWithAClearMessage() throws SQLException {
        EmbeddedMariaDb running = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(
                "target/same-folder/data", "target/side-by-side/one/bin", null, "shared", true));
        running.start();
        try {
            EmbeddedMariaDb intruder = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(
                    "target/same-folder/data", "target/side-by-side/two/bin", null, "shared", false));
            assertThatThrownBy(intruder::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("används redan av en annan körning")
                    .hasMessageContaining("app.embedded-db.data-dir");
            assertThat(schemaOf(running)).as("the running instance is untouched").isEqualTo("shared");
        } finally {
            running.stop();
        }
        EmbeddedMariaDb afterwards = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(
                "target/same-folder/data", "target/side-by-side/one/bin", null, "shared", false));
        afterwards.start();
        afterwards.stop();
    }

    private static String schemaOf(EmbeddedMariaDb db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DATABASE()")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
