package se.fou.oj.base.backup;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Runs {@code mariadb-dump} and writes its output gzipped. The dump is one consistent snapshot
 * ({@code --single-transaction}: one repeatable-read transaction, no table locks, the app keeps working) with binary
 * columns written as hex ({@code --hex-blob}, so uploaded papers survive any character set), routines and triggers.
 * It names no database ({@code CREATE DATABASE}/{@code USE} are left out), so it loads into any empty database.
 *
 * <p>A file is written under a temporary name and renamed only when the tool ended well and its last line says the
 * dump is complete: a half-written file never looks like a backup.
 */
public final class MariaDbDump {

    static final String COMPLETED_MARK = "-- Dump completed";

    private final String command;
    private final boolean ignoreOptionFiles;

    /**
     * @param command the tool: a path, or a name looked up on PATH
     * @param ignoreOptionFiles {@code --no-defaults}: for the embedded server, whose dump must not read the machine's
     *     my.cnf; an external server's dump may need its options (TLS, socket) from there
     */
    public MariaDbDump(String command, boolean ignoreOptionFiles) {
        this.command = command;
        this.ignoreOptionFiles = ignoreOptionFiles;
    }

    /**
     * The configured command ({@code app.backup.dump-command}), else the embedded MariaDB's own
     * {@code bin/mariadb-dump} when it is unpacked, else {@code mariadb-dump} on PATH.
     */
    public static MariaDbDump resolve(String configured, String embeddedBaseDir, boolean embedded) {
        if (configured != null && !configured.isBlank() && !"-".equals(configured.strip())) {
            return new MariaDbDump(configured.strip(), embedded);
        }
        Path own = Path.of(embeddedBaseDir == null ? "./data/mariadb-bin" : embeddedBaseDir, "bin", "mariadb-dump");
        if (Files.isExecutable(own)) {
            return new MariaDbDump(own.toAbsolutePath().normalize().toString(), embedded);
        }
        return new MariaDbDump("mariadb-dump", embedded);
    }

    public String command() {
        return command;
    }

    /** Whether the tool is there to run. */
    public boolean available() {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    /** Dumps the database into {@code file} (gzip), replacing nothing until the dump is complete. */
    public void dump(DatabaseTarget target, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = dir.resolve(file.getFileName() + ".part");
        Path errors = Files.createTempFile("mariadb-dump", ".err");
        ProcessBuilder builder = new ProcessBuilder(arguments(target)).redirectError(errors.toFile());
        if (target.password().isEmpty()) {
            builder.environment().remove("MYSQL_PWD");
        } else {
            builder.environment().put("MYSQL_PWD", target.password());
        }
        Process process = null;
        try {
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IOException(("Säkerhetskopieringsverktyget %s kunde inte startas (set app.backup.dump-command): %s")
                        .formatted(command, e.getMessage()), e);
            }
            process.getOutputStream().close();
            byte[] tail;
            try (InputStream dump = process.getInputStream();
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                tail = copyKeepingTail(dump, out);
            }
            int exit = process.waitFor();
            String lastLines = new String(tail, StandardCharsets.UTF_8);
            if (exit != 0 || !lastLines.contains(COMPLETED_MARK)) {
                throw new IOException(("Säkerhetskopieringen av %s misslyckades (mariadb-dump slutade med kod %d): %s "
                        + "(backup failed)").formatted(target, exit, Files.readString(errors).strip()));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Säkerhetskopieringen avbröts (backup interrupted)", e);
        } finally {
            // A dump left behind (the copy failed: a full disk) would hold its snapshot transaction open for good
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(partial);
            Files.deleteIfExists(errors);
        }
    }

    List<String> arguments(DatabaseTarget target) {
        List<String> arguments = new ArrayList<>();
        arguments.add(command);
        if (ignoreOptionFiles) {
            arguments.add("--no-defaults");
        }
        arguments.addAll(List.of("--protocol=TCP", "--host=" + target.host(), "--port=" + target.port(),
                "--user=" + target.username(),
                // One consistent snapshot without locking the app out; large rows (papers of 10 MB) fit
                "--single-transaction", "--quick", "--max-allowed-packet=1G",
                "--hex-blob", "--routines", "--triggers", "--default-character-set=utf8mb4",
                // Only the tables' data as it is: no CREATE DATABASE / USE, so the dump loads into any empty database
                "--skip-add-locks", "--add-drop-table",
                target.database()));
        return arguments;
    }

    /** Copies everything and returns the last bytes (where mariadb-dump writes that the dump is complete). */
    private static byte[] copyKeepingTail(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        byte[] last = new byte[0];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            tail.reset();
            int keep = Math.min(last.length, Math.max(0, 200 - read));
            tail.write(last, last.length - keep, keep);
            tail.write(buffer, Math.max(0, read - 200), Math.min(read, 200));
            last = tail.toByteArray();
        }
        return last;
    }
}
