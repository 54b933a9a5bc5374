package se.fou.oj.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What is written before a restart of the embedded database is there after it. */
class EmbeddedMariaDbIT {

    private static final EmbeddedDatabaseProperties PROPERTIES = new EmbeddedDatabaseProperties(
            "target/restart-mariadb/data", "target/restart-mariadb/base", 0, "restart_test", true);

    @Test
    void aDataDirectoryUnderTheTempFolderIsNotTakenForThrowAway() {
        String tmp = System.getProperty("java.io.tmpdir");
        String underTmp = EmbeddedMariaDb.outsideTempCheck(java.nio.file.Path.of(tmp, "klon", "data"));
        assertThat(underTmp).doesNotStartWith(tmp);
        assertThat(java.nio.file.Path.of(underTmp).normalize()).isEqualTo(java.nio.file.Path.of(tmp, "klon", "data"));
        assertThat(EmbeddedMariaDb.outsideTempCheck(java.nio.file.Path.of("/srv/fou/data"))).isEqualTo("/srv/fou/data");
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
}
