package se.fou.oj.base.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One embedded server per data directory: a second app started on the same folder (a second terminal in the same
 * checkout, a copy pointed at the same {@code app.embedded-db.data-dir}) stops at once with a clear message instead
 * of waiting on MariaDB's own file locks or installing over a running database. The lock is an operating-system lock
 * on a file beside the data directory ({@code mariadb.lock} for {@code …/mariadb}), released when the server stops or
 * the process ends, so a killed app never leaves a stale lock behind.
 */
final class DataDirectoryLock {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException(("Datamappen %s används redan av en annan körning av appen (låset %s hålls). "
                    + "Stoppa den först, eller ge den här körningen en egen mapp med app.embedded-db.data-dir. "
                    + "The embedded database's data folder is already in use by another running instance.")
                    .formatted(dataDir, lockFile));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        return new DataDirectoryLock(channel, lock);
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing ends the lock anyway; nothing to keep
        }
    }
}
