package se.fou.oj.base.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;

/**
 * Loads a backup ({@code .sql.gz} or {@code .sql} from {@link MariaDbDump}) over JDBC, statement by statement on one
 * connection, as the {@code mariadb} client would (which does not run here). The connection leaves the pool afterwards:
 * the dump changes its session settings (foreign-key checks, SQL mode, time zone).
 */
public final class DumpLoader {

    /**
     * The definer of a trigger, view or routine in a dump ({@code DEFINER=`root`@`localhost`}, or a bare
     * {@code DEFINER=``} from a server running without grant tables, as the embedded one does): left out, so that the
     * object belongs to the account that restores, which may not create objects for others on another server.
     */
    private static final Pattern DEFINER = Pattern.compile(
            "/\\*!50017 DEFINER=`[^`]*`(?:@`[^`]*`)?\\s*\\*/|DEFINER=`[^`]*`(?:@`[^`]*`)?");

    private DumpLoader() {
    }

    /**
     * Loads a backup into an empty database; refuses one that has any table, so that nothing is ever mixed or
     * overwritten.
     */
    public static void restoreIntoEmpty(DataSource dataSource, Path backup) throws IOException, SQLException {
        requireCompleteBackup(backup);
        Connection connection = dataSource.getConnection();
        try {
            List<String> tables = tables(connection);
            if (!tables.isEmpty()) {
                throw new IllegalStateException(("Databasen %s är inte tom (%d tabeller, bl.a. %s): en säkerhetskopia "
                        + "läses bara in i en tom databas. Skapa en ny tom databas (eller en ny datamapp för den inbyggda), "
                        + "eller ta bort app.restore-from om den redan är inläst. "
                        + "(The database is not empty; a backup is restored only into an empty database.)")
                        .formatted(connection.getCatalog(), tables.size(), tables.get(0)));
            }
            load(connection, backup);
        } finally {
            discard(dataSource, connection);
        }
    }

    /** Drops everything in the database and loads the backup in its place: the database is as it was then. */
    static void replaceWith(DataSource dataSource, Path backup) throws IOException, SQLException {
        requireCompleteBackup(backup);
        Connection connection = dataSource.getConnection();
        try {
            dropEverything(connection);
            load(connection, backup);
        } finally {
            discard(dataSource, connection);
        }
    }

    public static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void load(Connection connection, Path backup) throws IOException, SQLException {
        connection.setAutoCommit(true);
        try (InputStream in = open(backup);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
             Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            SqlScriptSplitter.split(reader, sql -> statement.execute(withoutDefiner(sql)));
        } catch (IOException | SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows are loaded untouched (a value may well contain the word); only definitions lose their definer. */
    static String withoutDefiner(String sql) {
        return sql.regionMatches(true, 0, "INSERT", 0, 6) ? sql : DEFINER.matcher(sql).replaceAll("");
    }

    /** A dump that mariadb-dump did not finish (a copy cut short, a full disk) is refused before anything is changed. */
    private static void requireCompleteBackup(Path backup) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalStateException("Säkerhetskopian " + backup.toAbsolutePath() + " finns inte (backup file not found)");
        }
        String last = "";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(backup), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    last = line;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Säkerhetskopian " + backup.toAbsolutePath() + " kan inte läsas: " + e.getMessage()
                    + " (backup file unreadable)", e);
        }
        if (!last.startsWith(MariaDbDump.COMPLETED_MARK)) {
            throw new IllegalStateException("Säkerhetskopian " + backup.toAbsolutePath() + " är ofullständig (den slutar "
                    + "inte med \"" + MariaDbDump.COMPLETED_MARK + "\"); ingenting har ändrats. (Incomplete backup file.)");
        }
    }

    /** gzip or plain SQL, told apart by gzip's first two bytes. */
    private static InputStream open(Path backup) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(backup), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static void dropEverything(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            List<String> drops = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name, table_type FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE()")) {
                while (rows.next()) {
                    String kind = switch (rows.getString(2)) {
                        case "VIEW", "SYSTEM VIEW" -> "VIEW";
                        case "SEQUENCE" -> "SEQUENCE";
                        default -> "TABLE";
                    };
                    drops.add("DROP " + kind + " IF EXISTS " + quoted(rows.getString(1)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT routine_name, routine_type FROM information_schema.routines "
                    + "WHERE routine_schema = DATABASE()")) {
                while (rows.next()) {
                    drops.add("DROP " + rows.getString(2) + " IF EXISTS " + quoted(rows.getString(1)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT event_name FROM information_schema.events "
                    + "WHERE event_schema = DATABASE()")) {
                while (rows.next()) {
                    drops.add("DROP EVENT IF EXISTS " + quoted(rows.getString(1)));
                }
            }
            // Views first: a view over a dropped table is otherwise left broken until its own drop
            drops.sort((a, b) -> Boolean.compare(!a.startsWith("DROP VIEW"), !b.startsWith("DROP VIEW")));
            for (String drop : drops) {
                statement.execute(drop);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** Closes the connection and, when it came from Hikari, takes it out of the pool. */
    private static void discard(DataSource dataSource, Connection connection) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
        } else {
            connection.close();
        }
    }
}
