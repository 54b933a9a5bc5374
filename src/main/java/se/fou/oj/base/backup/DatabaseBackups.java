package se.fou.oj.base.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of one database into one folder: {@code oj-yyyyMMdd-HHmmss.sql.gz}, the newest {@code keep} of them kept.
 * Backups taken before a database upgrade ({@code oj-…-before-upgrade.sql.gz}) are never deleted by the rotation.
 */
public class DatabaseBackups {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Only finished regular backups take part in the rotation (not ".part" files, not upgrade backups). */
    private static final Pattern REGULAR = Pattern.compile("oj-\\d{8}-\\d{6}(-\\d+)?\\.sql\\.gz");

    private final MariaDbDump dump;
    private final DatabaseTarget target;
    private final Path dir;
    private final int keep;
    private final Clock clock;

    public DatabaseBackups(MariaDbDump dump, DatabaseTarget target, Path dir, int keep, Clock clock) {
        this.dump = dump;
        this.target = target;
        this.dir = dir.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    public boolean available() {
        return dump.available();
    }

    public Path dir() {
        return dir;
    }

    /** A new regular backup; then only the newest {@code keep} are kept. */
    public synchronized Path backup() throws IOException {
        Path file = freeName("");
        dump.dump(target, file);
        log.info("Säkerhetskopia av databasen {} sparad: {} ({} byte)", target, file, Files.size(file));
        deleteOld();
        return file;
    }

    /** A backup into a chosen file (the backup command's {@code --app.backup.file}). */
    public Path backupTo(Path file) throws IOException {
        dump.dump(target, file);
        return file;
    }

    /** The backup taken before pending migrations run; kept until deleted by hand. */
    synchronized Path backupBeforeUpgrade() throws IOException {
        Path file = freeName("-before-upgrade");
        dump.dump(target, file);
        log.info("Säkerhetskopia före uppgraderingen av databasen sparad: {}", file);
        return file;
    }

    private Path freeName(String suffix) throws IOException {
        Files.createDirectories(dir);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path file = dir.resolve("oj-" + stamp + suffix + ".sql.gz");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve("oj-" + stamp + suffix + "-" + n + ".sql.gz");
        }
        return file;
    }

    /** Sorts by time stamp, then by the number of a second backup in the same second ("-2"). */
    private static String age(Path file) {
        String name = file.getFileName().toString().replace(".sql.gz", "");
        return name.length() == "oj-yyyyMMdd-HHmmss".length() ? name + "-000" : name.substring(0, 18) + "-"
                + "%3s".formatted(name.substring(19)).replace(' ', '0');
    }

    private void deleteOld() throws IOException {
        List<Path> regular;
        try (Stream<Path> files = Files.list(dir)) {
            regular = files.filter(f -> REGULAR.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(DatabaseBackups::age).reversed())
                    .toList();
        }
        for (Path old : regular.stream().skip(keep).toList()) {
            Files.deleteIfExists(old);
            log.info("Gammal säkerhetskopia borttagen (app.backup.keep={}): {}", keep, old);
        }
    }
}
