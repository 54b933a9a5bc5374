package se.fou.oj.base.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Extra databases on the tests' embedded server, and what a database holds, table by table. */
final class ScratchDatabases {

    private ScratchDatabases() {
    }

    /** A new, empty database on the same server as the app's (dropped first if an earlier run left it). */
    static DatabaseTarget createEmpty(DataSource appDataSource, int port, String name) throws SQLException {
        try (Connection connection = appDataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        }
        return new DatabaseTarget("127.0.0.1", port, name, "root", "");
    }

    /** Plain connections, never pooled: a restore changes its connection's session settings. */
    static DataSource dataSource(DatabaseTarget target) {
        return new DriverManagerDataSource(target.jdbcUrl(), target.username(), target.password());
    }

    /**
     * Per table: its row count and its content checksum ({@code CHECKSUM TABLE … EXTENDED}, which reads every row),
     * e.g. {@code meeting_paper → "12 rows, checksum 3340012345"}.
     */
    static Map<String, String> contents(DataSource dataSource) throws SQLException {
        Map<String, String> contents = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = DumpLoader.tables(connection);
            if (tables.isEmpty()) {
                return contents;
            }
            Map<String, Long> checksums = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + tables.stream()
                    .map(t -> "`" + t + "`").collect(Collectors.joining(", ")) + " EXTENDED")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    checksums.put(table.substring(table.indexOf('.') + 1), rows.getLong(2));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    count.next();
                    contents.put(table, count.getLong(1) + " rows, checksum " + checksums.get(table));
                }
            }
        }
        return contents;
    }

    /** Replaces every table's rows in another database with the same tables by those of the app's database. */
    static void copyRows(DataSource appDataSource, String toDatabase) throws SQLException {
        try (Connection connection = appDataSource.getConnection(); Statement statement = connection.createStatement()) {
            String from = connection.getCatalog();
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : DumpLoader.tables(connection)) {
                    if (!table.equals("flyway_schema_history")) {
                        // The migrations' own rows (reference data) are there already
                        statement.execute("DELETE FROM `%s`.`%s`".formatted(toDatabase, table));
                        statement.execute("INSERT INTO `%s`.`%s` SELECT * FROM `%s`.`%s`".formatted(toDatabase, table, from, table));
                    }
                }
            } finally {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }
}
