package se.fou.oj.base.db;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a {@code mariadbd} that an earlier run of the app left running on this data directory. The embedded server is
 * a child process of the app; when the app is killed outright (kill -9, the out-of-memory killer) the server lives
 * on, orphaned, holding the data directory's files, and a new server on the same directory would fail to start. It is
 * only called while holding the {@link DataDirectoryLock}, so no running app owns that server any more: it is
 * stopped, politely first (SIGTERM: MariaDB shuts down cleanly, writing what it has), by force after a while.
 *
 * <p>The server is found through the pid files MariaDB writes into its data directory, and confirmed by its command
 * line naming this data directory, so an unrelated process that reuses an old pid is never touched.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration POLITE_WAIT = Duration.ofSeconds(60);
    private static final Duration FORCED_WAIT = Duration.ofSeconds(10);

    private LeftoverServer() {
    }

    /** Stops the leftover servers of {@code dataDir}; returns how many there were. */
    static int stopAll(Path dataDir) {
        int stopped = 0;
        for (ProcessHandle server : find(dataDir)) {
            log.warn("A MariaDB server left running by an earlier run of the app holds the data folder {} (pid {}): "
                    + "stopping it before starting a new one", dataDir, server.pid());
            stop(server);
            stopped++;
        }
        return stopped;
    }

    static List<ProcessHandle> find(Path dataDir) {
        List<ProcessHandle> servers = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return servers;
        }
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(dataDir, "*.pid")) {
            for (Path pidFile : pidFiles) {
                pid(pidFile).flatMap(ProcessHandle::of).filter(p -> servesDataDir(p, dataDir))
                        .filter(p -> servers.stream().noneMatch(s -> s.pid() == p.pid()))
                        .ifPresent(servers::add);
            }
        } catch (IOException e) {
            log.warn("Could not look for a leftover MariaDB server in {}: {}", dataDir, e.getMessage());
        }
        return servers;
    }

    /** The process is a MariaDB server started with {@code --datadir} this directory (written "//tmp/…" or not). */
    static boolean servesDataDir(ProcessHandle process, Path dataDir) {
        Optional<String[]> arguments = process.info().arguments();
        String command = process.info().command().orElse("");
        if (arguments.isEmpty() || !(command.endsWith("mariadbd") || command.endsWith("mysqld"))) {
            return false;
        }
        Path wanted = dataDir.toAbsolutePath().normalize();
        for (String argument : arguments.get()) {
            if (argument.startsWith("--datadir=")
                    && Path.of(argument.substring("--datadir=".length())).toAbsolutePath().normalize().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle server) {
        server.destroy();
        if (awaitExit(server, POLITE_WAIT)) {
            log.info("The leftover MariaDB server (pid {}) has shut down", server.pid());
            return;
        }
        log.warn("The leftover MariaDB server (pid {}) did not stop within {}: killing it", server.pid(), POLITE_WAIT);
        server.destroyForcibly();
        if (!awaitExit(server, FORCED_WAIT)) {
            throw new IllegalStateException("Kunde inte stoppa den kvarlämnade MariaDB-servern (pid " + server.pid()
                    + "). Stoppa den för hand. A MariaDB server left running by an earlier run could not be stopped.");
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
