package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File handling of the backups, with a stand-in for mariadb-dump (a shell script): names, rotation, the password kept
 * off the command line, and no file at all when the dump fails or is cut short.
 */
class DatabaseBackupsTest {

    private static final DatabaseTarget TARGET = new DatabaseTarget("db.example.se", 3307, "fou", "fou", "hemligt");

    @TempDir
    Path dir;

    @Test
    void aBackupIsACompleteGzippedDumpAndTheNewestAreKept() throws Exception {
        Path dump = script("""
                echo "-- args: $*"
                echo "-- password: $MYSQL_PWD"
                echo "INSERT INTO t VALUES (1);"
                echo "-- Dump completed on 2026-12-03"
                """);
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("oj-20200101-000000-before-upgrade.sql.gz"), "kept");
        Files.writeString(backups.resolve("annat.txt"), "kept");
        for (int hour = 1; hour <= 4; hour++) {
            Clock clock = Clock.fixed(Instant.parse("2026-12-0%dT0%d:30:00Z".formatted(hour, hour)), ZoneId.of("Europe/Stockholm"));
            new DatabaseBackups(new MariaDbDump(dump.toString(), false), TARGET, backups, 2, clock).backup();
        }

        assertThat(names(backups)).containsExactly("annat.txt", "oj-20200101-000000-before-upgrade.sql.gz",
                "oj-20261203-043000.sql.gz", "oj-20261204-053000.sql.gz");
        String content = gunzip(backups.resolve("oj-20261204-053000.sql.gz"));
        assertThat(content).contains("-- password: hemligt").contains("INSERT INTO t VALUES (1);")
                .contains("--single-transaction", "--hex-blob", "--routines", "--triggers",
                        "--default-character-set=utf8mb4", "--host=db.example.se", "--port=3307", "--user=fou")
                .endsWith(" fou\n-- password: hemligt\nINSERT INTO t VALUES (1);\n-- Dump completed on 2026-12-03\n");
        assertThat(content.lines().filter(l -> l.startsWith("-- args:")).findFirst().orElseThrow()).doesNotContain("hemligt");
    }

    @Test
    void aFailedOrUnfinishedDumpLeavesNoFile() throws Exception {
        Path failing = script("""
                echo "INSERT INTO t VALUES (1);"
                echo "mariadb-dump: Got error: 1045: Access denied" >&2
                exit 2
                """);
        Path cutShort = script("""
                echo "INSERT INTO t VALUES (1);"
                """);
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T01:30:00Z"), ZoneId.of("Europe/Stockholm"));

        assertThatThrownBy(() -> new DatabaseBackups(new MariaDbDump(failing.toString(), false), TARGET, dir, 7, clock).backup())
                .isInstanceOf(IOException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> new DatabaseBackups(new MariaDbDump(cutShort.toString(), false), TARGET, dir, 7, clock).backup())
                .isInstanceOf(IOException.class).hasMessageContaining("misslyckades");
        assertThat(names(dir)).allMatch(name -> name.startsWith("dump-"));
    }

    private Path script(String body) throws IOException {
        Path script = Files.createTempFile(dir, "dump-", ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
