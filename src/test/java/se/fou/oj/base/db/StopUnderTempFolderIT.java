package se.fou.oj.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The app's folder lies under the system's temporary folder (a clone in /tmp, a CI workspace): a normal stop
 * (SIGTERM, as Ctrl-C or {@code docker stop} sends) must keep every saved row. The database runs in a separate JVM
 * whose {@code java.io.tmpdir} is a folder under {@code target/}, with the data folder inside it, and is stopped with
 * SIGTERM twice; after each stop its rows are there.
 */
class StopUnderTempFolderIT {

    private static final Path TEMP = Path.of("target/stop-under-tmp").toAbsolutePath();
    private static final Path DATA = TEMP.resolve("klon/data/mariadb");
    private static final Path BASE = TEMP.resolve("klon/data/mariadb-bin");

    @Test
    void aStoppedAppUnderTheTempFolderKeepsItsData() throws Exception {
        deleteRecursively(TEMP.resolve("klon/data/mariadb"));
        Files.createDirectories(TEMP);

        List<String> firstRun = runAndTerminate("Svar från Ekerö – sparat före stoppet");
        assertThat(Files.isDirectory(DATA.resolve("kept"))).as("data folder after SIGTERM; the process ended with: %s", tail(firstRun)).isTrue();
        assertThat(String.join("\n", firstRun)).doesNotContain("deleting temporary DB");

        List<String> secondRun = runAndTerminate("Svar från Järfälla – sparat efter omstart");
        assertThat(String.join("\n", secondRun)).doesNotContain("deleting temporary DB");
        assertThat(Files.isRegularFile(BASE.resolve("bin/mariadbd")) || Files.isRegularFile(BASE.resolve("bin/mysqld")))
                .as("the unpacked server binaries are kept too").isTrue();

        EmbeddedMariaDb again = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(DATA.toString(), BASE.toString(), 0,
                "kept", false));
        again.start();
        try (Connection connection = DriverManager.getConnection(again.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM answer ORDER BY text")) {
            List<String> texts = new ArrayList<>();
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
            assertThat(texts).containsExactly("Svar från Ekerö – sparat före stoppet",
                    "Svar från Järfälla – sparat efter omstart");
        } finally {
            again.stop();
        }
    }

    /** Starts the database in its own JVM, waits until it has saved {@code row}, sends SIGTERM, returns its output. */
    private static List<String> runAndTerminate(String row) throws Exception {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBinary, "-Djava.io.tmpdir=" + TEMP, "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), EmbeddedDbProcess.class.getName(),
                DATA.toString(), BASE.toString(), row)
                .redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        boolean ready = false;
        while (!ready && (line = reader.readLine()) != null) {
            output.add(line);
            ready = line.startsWith(EmbeddedDbProcess.READY);
        }
        assertThat(ready).as("the database process started and saved its row: %s", output).isTrue();
        Thread drain = new Thread(() -> reader.lines().forEach(output::add));
        drain.start();
        process.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C or a service stop
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("process ended after SIGTERM").isTrue();
        drain.join();
        return List.copyOf(output);
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 8), lines.size());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
