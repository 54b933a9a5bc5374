package se.fou.oj.base.backup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import se.fou.oj.base.ClockConfig;
import se.fou.oj.base.db.EmbeddedDatabaseProperties;
import se.fou.oj.base.db.EmbeddedMariaDb;

/**
 * {@code java -jar oj-tracker.jar --app.command=backup [--app.backup.file=…]}: one backup of the app's database, then
 * exit (0 when done). It reads the app's own settings (application.properties, environment, arguments) but starts
 * neither the web server nor the app: with {@code spring.datasource.url} it dumps that external database; otherwise
 * it dumps the embedded database of the app running on this data folder, found through the port file the app writes
 * beside it ({@code data/mariadb.port}). When no app runs on the folder, it starts the embedded server itself for the
 * dump and stops it again.
 */
public final class BackupCommand {

    static final String ARGUMENT = "--app.command=backup";

    private BackupCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(ARGUMENT);
    }

    /** Runs the backup; returns the process's exit code. */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandContext.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Path file = backUp(context.getEnvironment(), context.getBean(BackupProperties.class),
                    context.getBean(Clock.class));
            System.out.println("Säkerhetskopian är klar (backup written): " + file + " (" + Files.size(file) + " byte)");
            return 0;
        } catch (Exception e) {
            System.err.println("Säkerhetskopieringen misslyckades (backup failed): " + e.getMessage());
            return 1;
        }
    }

    private static Path backUp(Environment environment, BackupProperties properties, Clock clock) throws IOException {
        String url = environment.getProperty("spring.datasource.url");
        EmbeddedDatabaseProperties embedded = Binder.get(environment)
                .bind("app.embedded-db", EmbeddedDatabaseProperties.class)
                .orElseGet(() -> new EmbeddedDatabaseProperties(null, null, null, null, false));
        MariaDbDump dump = MariaDbDump.resolve(properties.dumpCommand(), embedded.baseDir(), !StringUtils.hasText(url));
        if (StringUtils.hasText(url)) {
            DatabaseTarget target = DatabaseTarget.fromJdbcUrl(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
            return backUp(dump, target, properties, clock);
        }
        Optional<Integer> running = runningPort(Path.of(embedded.dataDir()));
        if (running.isPresent()) {
            return backUp(dump, new DatabaseTarget("127.0.0.1", running.get(), embedded.database(), "root", ""),
                    properties, clock);
        }
        // No app runs on this data folder: start its server for the dump (never "fresh": that would wipe the data)
        EmbeddedMariaDb server = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(embedded.dataDir(),
                embedded.baseDir(), 0, embedded.database(), false));
        server.start();
        try {
            MariaDbDump own = MariaDbDump.resolve(properties.dumpCommand(), embedded.baseDir(), true);
            return backUp(own, new DatabaseTarget("127.0.0.1", server.port(), embedded.database(), "root", ""),
                    properties, clock);
        } finally {
            server.stop();
        }
    }

    private static Path backUp(MariaDbDump dump, DatabaseTarget target, BackupProperties properties, Clock clock)
            throws IOException {
        DatabaseBackups backups = new DatabaseBackups(dump, target, Path.of(properties.dir()), properties.keep(), clock);
        return StringUtils.hasText(properties.file()) ? backups.backupTo(Path.of(properties.file())) : backups.backup();
    }

    /**
     * The port in the running app's port file, when the server answering on it serves this data folder. A file left
     * by a killed app may name a port that another server (another checkout's) has taken since: that one is not
     * backed up in this one's name.
     */
    static Optional<Integer> runningPort(Path dataDir) throws IOException {
        Path portFile = EmbeddedMariaDb.portFile(dataDir);
        if (!Files.isRegularFile(portFile)) {
            return Optional.empty();
        }
        int port = Integer.parseInt(Files.readString(portFile).strip());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        } catch (IOException notRunning) {
            return Optional.empty();
        }
        return servesDataDir(port, dataDir) ? Optional.of(port) : Optional.empty();
    }

    private static boolean servesDataDir(int port, Path dataDir) {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@datadir")) {
            return result.next() && sameFolder(Path.of(result.getString(1)), dataDir);
        } catch (SQLException notOurs) {
            return false;
        }
    }

    private static boolean sameFolder(Path served, Path configured) {
        try {
            return Files.isSameFile(served, configured);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Only the settings and the clock: no web server, no database, no feature. Not a {@code @Configuration}, so that
     * the app's component scan passes it by.
     */
    @EnableConfigurationProperties(BackupProperties.class)
    @Import(ClockConfig.class)
    static class CommandContext {
    }
}
