package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.db.EmbeddedDatabaseProperties;
import se.fou.oj.base.db.EmbeddedMariaDb;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.PaperService;

/**
 * The README's two commands, for real: the demo data plus fresh changes (a meeting with an uploaded binary paper and
 * a text paper full of quotes and semicolons) are backed up from the running app's embedded database by the backup
 * command in its own JVM, restored into a fresh embedded data folder by starting the app on it with
 * {@code app.restore-from}, and, after that app has stopped, every table's row count and checksum of the restored
 * database equal the original's, and the audit log's triggers are back.
 */
class BackupAndRestoreIT extends IntegrationTest {

    private static final Path WORK = Path.of("target", "backup-and-restore");

    @Autowired
    DataSource appDataSource;

    @Autowired
    MeetingService meetings;

    @Autowired
    PaperService papers;

    @Value("${app.embedded-db.data-dir}")
    String dataDir;

    @Value("${app.embedded-db.base-dir}")
    String baseDir;

    @Test
    void aBackupOfTheRunningAppRestoresIntoAFreshDatabaseAndTheAppStartsOnIt() throws Exception {
        changeSomething();
        Files.createDirectories(WORK);
        Path backup = WORK.resolve("oj-backup-test.sql.gz");
        Files.deleteIfExists(backup);
        Map<String, String> original = ScratchDatabases.contents(appDataSource);
        assertThat(original.get("meeting_paper")).doesNotStartWith("0 rows");

        Run backupCommand = run(List.of("--app.command=backup", "--app.embedded-db.data-dir=" + dataDir,
                "--app.embedded-db.base-dir=" + baseDir, "--app.backup.file=" + backup), "backup", null);
        assertThat(backupCommand.exitCode()).as(backupCommand.output()).isZero();
        assertThat(backupCommand.output()).contains("Säkerhetskopian är klar (backup written): " + backup);
        assertThat(ScratchDatabases.contents(appDataSource)).as("nothing changed during the backup").isEqualTo(original);

        // As the README restores: the app started on a new, empty embedded data folder with app.restore-from
        Path freshData = WORK.resolve("restored-data").toAbsolutePath();
        FileSystemUtils.deleteRecursively(freshData);
        int webPort = freePort();
        Run app = run(List.of("--server.port=" + webPort, "--app.embedded-db.data-dir=" + freshData,
                "--app.embedded-db.base-dir=" + baseDir, "--app.restore-from=" + backup,
                "--app.demo=false", "--app.reminders.cron=-", "--app.backup.dir=" + WORK.resolve("backups")),
                "restored-app", "Appen tar emot anrop");
        assertThat(app.exitCode()).as("the app started and was stopped; its output is in " + app.log()).isIn(0, 143);
        assertThat(app.loginPage()).contains("<html");
        assertThat(app.output()).contains("Säkerhetskopian " + backup.toAbsolutePath() + " är inläst");

        // The restored folder, read after the app has stopped: what it restored was kept
        EmbeddedMariaDb restoredServer = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(freshData.toString(),
                baseDir, 0, null, false));
        restoredServer.start();
        try {
            DataSource restored = new DriverManagerDataSource(restoredServer.jdbcUrl(), "root", "");
            Flyway.configure().dataSource(restored).locations("classpath:db/migration").load().validate();
            Map<String, String> restoredContents = ScratchDatabases.contents(restored);
            assertThat(restoredContents.keySet()).containsAll(List.of("meeting_paper", "app_user", "flyway_schema_history"));
            assertThat(restoredContents).isEqualTo(original);
            // The audit log's guards come back with it: a restored log is as append-only as the original
            assertThat(new JdbcTemplate(restored).queryForList("SELECT trigger_name FROM information_schema.triggers "
                    + "WHERE trigger_schema = DATABASE() ORDER BY trigger_name", String.class))
                    .containsExactly("audit_entry_no_delete", "audit_entry_no_update");
            assertThatThrownBy(() -> new JdbcTemplate(restored).update("DELETE FROM audit_entry"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> DumpLoader.restoreIntoEmpty(restored, backup))
                    .hasMessageStartingWith("Databasen fou är inte tom");
        } finally {
            restoredServer.stop();
        }
    }

    /** A meeting with papers whose content is every byte value, quotes, backslashes and semicolons. */
    private void changeSomething() {
        loginAs("fou");
        long jarfalla = ((AppUserPrincipal) userDetailsService.loadUserByUsername("jarfalla")).userId();
        Meeting meeting = meetings.create(testData.demoCycle().id(), new MeetingDraft(MeetingKind.DECISION_MEETING,
                "Möte före säkerhetskopian; 'citat' och \\", LocalDateTime.of(2018, 5, 16, 13, 0), "Solna", null, false,
                List.of(jarfalla), null));
        byte[] png = new byte[4 + 3 * 256];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        for (int i = 4; i < png.length; i++) {
            png[i] = (byte) i;
        }
        papers.upload(meeting.id(), "alla byte.png", png);
        papers.upload(meeting.id(), "citat.csv", "kod;text\n1;'enkel' \"dubbel\" \\ ; -- /* */ åäö\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The output of a command or app run in its own JVM, as the README's commands run. */
    private record Run(int exitCode, String output, Path log, String loginPage) {
    }

    /**
     * Runs {@code java -cp <the app's classpath> se.fou.oj.Application <arguments>}. With {@code startedLine}, waits
     * until the app logs it, reads the login page and stops the app (SIGTERM); otherwise waits for the command to end.
     */
    private static Run run(List<String> arguments, String name, String startedLine) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", appClassPath(), "se.fou.oj.Application"));
        command.addAll(arguments);
        Path log = WORK.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    file.println(line);
                    file.flush();
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (startedLine != null && line.contains(startedLine)) {
                        started.complete(true);
                    }
                }
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
            started.complete(false);
        });
        reader.start();
        String loginPage = null;
        try {
            if (startedLine != null) {
                assertThat(started.get(5, TimeUnit.MINUTES)).as("the app started; its output is in " + log).isTrue();
                int port = Integer.parseInt(arguments.stream().filter(a -> a.startsWith("--server.port="))
                        .findFirst().orElseThrow().substring("--server.port=".length()));
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                loginPage = page.body();
                process.destroy();
            }
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(name + " ended; its output is in " + log).isTrue();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        reader.join(TimeUnit.MINUTES.toMillis(1));
        synchronized (output) {
            return new Run(process.exitValue(), output.toString(), log, loginPage);
        }
    }

    /** The app's own classpath, as in the jar: without the test classes and their test-only settings and beans. */
    private static String appClassPath() {
        String separator = System.getProperty("path.separator");
        return Arrays.stream(System.getProperty("java.class.path").split(separator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(separator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
