package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The backup command and the nightly job find host, port and database in the app's JDBC URL. */
class DatabaseTargetTest {

    @Test
    void readsTheJdbcUrlsTheAppIsGiven() {
        assertThat(DatabaseTarget.fromJdbcUrl("jdbc:mariadb://127.0.0.1:41234/fou?createDatabaseIfNotExist=true", "root", ""))
                .isEqualTo(new DatabaseTarget("127.0.0.1", 41234, "fou", "root", ""));
        assertThat(DatabaseTarget.fromJdbcUrl("jdbc:mariadb://db.example.se/fou", "fou", "x"))
                .isEqualTo(new DatabaseTarget("db.example.se", 3306, "fou", "fou", "x"));
        assertThat(DatabaseTarget.fromJdbcUrl("jdbc:mariadb:sequential://db1.example.se:3307,db2.example.se:3307/fou_prod"
                + "?useSsl=true", "fou", null)).isEqualTo(new DatabaseTarget("db1.example.se", 3307, "fou_prod", "fou", ""));
        assertThat(DatabaseTarget.fromJdbcUrl("jdbc:mysql://[::1]:3306/fou", "u", "p").host()).isEqualTo("::1");
    }

    @Test
    void neverShowsThePasswordAndRefusesWhatItCannotRead() {
        assertThat(new DatabaseTarget("db", 3306, "fou", "fou", "hemligt").toString()).isEqualTo("fou på db:3306");
        assertThatThrownBy(() -> DatabaseTarget.fromJdbcUrl("jdbc:postgresql://db/fou", "u", "p"))
                .hasMessageStartingWith("Databasens adress jdbc:postgresql://db/fou kan inte läsas");
    }
}
