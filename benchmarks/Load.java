import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capacity benchmarks' load generator (BENCHMARKS.md, issue 14): one file, run with the JDK's source launcher so
 * that the same script measures any jar, the one before a change and the one after.
 *
 * <pre>
 * java -cp mariadb-java-client.jar benchmarks/Load.java seed  --jdbc jdbc:mariadb://127.0.0.1:PORT/fou --users 200
 * java -cp mariadb-java-client.jar benchmarks/Load.java import-national --jdbc … --base http://localhost:8080 --cycle ID
 * java benchmarks/Load.java api          --base http://localhost:8080 --clients 20 --seconds 60 --auth token
 * java benchmarks/Load.java deadline-day --base http://localhost:8080 --users 200 --seconds 600 --auth token --pid PID
 * </pre>
 *
 * {@code seed} adds load-test municipalities, their contacts ({@code last001}…, password {@code demo1234}), FoU users
 * and social chiefs ({@code lastfou01}…, {@code lastchef01}…) straight into the database, and, when the schema has API
 * tokens, a token per user derived from its name (a benchmark database only). {@code api} is closed-loop: each client
 * reads its own municipality's answer and saves it as a draft, again and again. {@code deadline-day} has every user
 * think 2–8 s between calls: three in four are contacts who read and save their answer, the rest open a cycle's
 * results and the overview. Times are measured by the client over loopback, from the request sent to the body read.
 */
public class Load {

    static final String PASSWORD = "demo1234";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        switch (args.length == 0 ? "" : args[0]) {
            case "seed" -> seed(options.get("jdbc"), Integer.parseInt(options.getOrDefault("users", "200")));
            case "import-national" -> importNational(options);
            case "api" -> api(options);
            case "deadline-day" -> deadlineDay(options);
            default -> {
                System.err.println("usage: Load seed|api|deadline-day --option value …");
                System.exit(2);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------ seed

    /**
     * Load-test municipalities up to 290 in all, members of the region from 2026 only (where the schema knows regions), so
     * that the demo's earlier cycles keep their eight; contacts for the first {@code contacts} of them; one FoU user and
     * one social chief per eight contacts; a national cycle "Nationell last 2026" to import 290 × 60 results into.
     */
    static void seed(String jdbc, int contacts) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
            String hash = single(c, "SELECT password_hash FROM app_user WHERE username = 'ekero'");
            boolean regions = tableExists(c, "region_member");
            boolean tokens = tableExists(c, "api_token");
            int existing = Integer.parseInt(single(c, "SELECT COUNT(*) FROM municipality WHERE code NOT LIKE 'L%'"));
            int municipalities = Math.max(contacts, 290 - existing);
            for (int i = 1; i <= municipalities; i++) {
                String code = String.format("L%03d", i);
                String name = String.format("Lastkommun %03d", i);
                update(c, "INSERT IGNORE INTO municipality (code, name, active) VALUES (?, ?, TRUE)", code, name);
                String id = single(c, "SELECT id FROM municipality WHERE code = '" + code + "'");
                if (regions) {
                    update(c, "INSERT IGNORE INTO region_member (region_id, municipality_id, from_year) "
                            + "SELECT MIN(id), ?, 2026 FROM region", id);
                }
                if (i <= contacts) {
                    user(c, String.format("last%03d", i), "Kontakt " + name, hash, "MUNICIPAL_CONTACT", id);
                }
            }
            for (int i = 1; i <= Math.max(1, contacts / 8); i++) {
                user(c, String.format("lastfou%02d", i), "FoU-läsare " + i, hash, "FOU", null);
                user(c, String.format("lastchef%02d", i), "Socialchef " + i, hash, "SOCIAL_CHIEF", null);
            }
            update(c, "INSERT IGNORE INTO area (name) VALUES ('Nationell last')");
            update(c, "INSERT IGNORE INTO cycle (area_id, cycle_year, stage) SELECT id, 2026, 'RESULTS_WORK' FROM area "
                    + "WHERE name = 'Nationell last'");
            String cycle = single(c, "SELECT c.id FROM cycle c JOIN area a ON a.id = c.area_id WHERE a.name = 'Nationell last'");
            if (tokens) {
                seedTokens(c);
            }
            System.out.printf("SEED %d load-test municipalities, %d contacts, %d FoU users, %d social chiefs; region "
                    + "membership %s; tokens %s; national cycle %s%n", municipalities, contacts, Math.max(1, contacts / 8),
                    Math.max(1, contacts / 8), regions, tokens, cycle);
        }
    }

    /** Imports 60 indicators in 12 tables for every municipality of the cycle's region into the national cycle. */
    static void importNational(Map<String, String> o) throws SQLException {
        String base = o.getOrDefault("base", "http://localhost:8080");
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(o.get("jdbc"), "root", "");
             PreparedStatement s = c.prepareStatement("SELECT name FROM municipality WHERE active ORDER BY code");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        StringBuilder csv = new StringBuilder("area;group;table;code;indicator");
        names.forEach(n -> csv.append(';').append(n));
        csv.append(";Stockholm;Riket\n");
        String[] words = {"JA", "NEJ", "DELVIS", "JA, MED VISSA", "NEJ"};
        for (int i = 1; i <= 60; i++) {
            csv.append("Nationell last;Kapitel ").append(1 + (i - 1) / 20).append(";Tabell ").append(1 + (i - 1) / 5)
                    .append(";NL").append(String.format("%02d", i)).append(";Indikator nummer ").append(i)
                    .append(" om hur kommunen arbetar");
            for (int m = 0; m < names.size(); m++) {
                csv.append(';').append((i + m) % 17 == 0 ? "" : words[(i * 7 + m * 13) % words.length]);
            }
            csv.append(';').append((i * 11) % 101).append(';').append((i * 17) % 101).append('\n');
        }
        Caller fou = Caller.of("lastfou01", null, o.getOrDefault("auth", "basic"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cycles/" + o.get("cycle") + "/results?replace=true"))
                .header("Authorization", fou.authorization()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).timeout(Duration.ofMinutes(2)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.printf("IMPORT %d municipalities × 60 indicators: %d %s%n", names.size(), response.statusCode(),
                    response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void user(Connection c, String username, String name, String hash, String role, String municipality)
            throws SQLException {
        update(c, "INSERT IGNORE INTO app_user (username, display_name, password_hash, role, municipality_id) "
                + "VALUES (?, ?, ?, ?, ?)", username, name, hash, role, municipality);
    }

    /** One token per load-test user, named "last", derived from the user name so that the load knows it. */
    private static void seedTokens(Connection c) throws SQLException {
        List<String[]> users = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, username FROM app_user WHERE username LIKE 'last%'");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                users.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        for (String[] u : users) {
            String token = tokenOf(u[1]);
            if (single(c, "SELECT COUNT(*) FROM api_token WHERE user_id = " + u[0] + " AND name = 'last'").equals("0")) {
                update(c, "INSERT INTO api_token (user_id, name, token_hash, display_prefix, created_at, expires_at) "
                        + "VALUES (?, 'last', ?, ?, NOW(6), NOW(6) + INTERVAL 30 DAY)", u[0], sha256(token),
                        token.substring(0, 10));
            }
        }
    }

    static String tokenOf(String username) {
        return "oj_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sha256Bytes("load-benchmark:" + username)).substring(0, 43);
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Bytes(text));
    }

    private static byte[] sha256Bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        return !single(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '"
                + table + "'").equals("0");
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    // ------------------------------------------------------------------------------------------------------------ load

    /** A logged-in API caller: Basic with the password, or its derived token. */
    record Caller(String username, String municipalityCode, String authorization) {

        static Caller of(String username, String municipalityCode, String auth) {
            String header = auth.equals("token") ? "Bearer " + tokenOf(username)
                    : "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return new Caller(username, municipalityCode, header);
        }
    }

    /** Response times by kind of call, and the calls that failed. */
    static final class Stats {
        final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        final Map<String, Integer> errors = new ConcurrentHashMap<>();

        void record(String kind, long elapsed, int status) {
            nanos.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(elapsed);
            if (status >= 400 || status == 0) {
                errors.merge(kind + " " + status, 1, Integer::sum);
            }
        }

        void print(String label, double seconds) {
            List<Long> all = new ArrayList<>();
            nanos.values().forEach(all::addAll);
            line(label + " all", all, seconds);
            nanos.forEach((kind, list) -> line(label + " " + kind, new ArrayList<>(list), seconds));
            System.out.printf("BENCHMARK %s errors %s%n", label, errors.isEmpty() ? "none" : errors);
        }

        private static void line(String label, List<Long> list, double seconds) {
            if (list.isEmpty()) {
                return;
            }
            list.sort(null);
            System.out.printf("BENCHMARK %s: %d calls, %.1f calls/s, median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    label, list.size(), list.size() / seconds, ms(list, 0.50), ms(list, 0.95), ms(list, 0.99),
                    list.get(list.size() - 1) / 1e6);
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static HttpResponse<String> call(Stats stats, String kind, Caller caller, String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", caller.authorization()).header("Accept", "application/json")
                .header("Accept-Encoding", "identity");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            stats.record(kind, System.nanoTime() - start, response.statusCode());
            return response;
        } catch (IOException | InterruptedException e) {
            stats.record(kind, System.nanoTime() - start, 0);
            return null;
        }
    }

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern QUESTION = Pattern.compile("\"questions\":\\[\\{\"id\":(\\d+)");
    private static final Pattern REQUEST = Pattern.compile("^\\[\\{\"id\":(\\d+)");

    /** A contact's turn: read the own answer, then save it as a draft with a new text. */
    static void readAndSave(Stats stats, String base, Caller caller, long requestId, long questionId, int turn) {
        String url = base + "/api/v1/requests/" + requestId + "/submissions/" + caller.municipalityCode();
        HttpResponse<String> read = call(stats, "read answer", caller, "GET", url, null);
        if (read == null || read.statusCode() != 200) {
            return;
        }
        Matcher version = VERSION.matcher(read.body());
        if (!version.find()) {
            return;
        }
        String body = "{\"version\":" + version.group(1) + ",\"answers\":[{\"questionId\":" + questionId
                + ",\"text\":\"Utkast " + turn + " från " + caller.username() + "\"}],\"submit\":false}";
        call(stats, "save draft", caller, "PUT", url, body);
    }

    /** The open request of the cycle (the demo's current cycle has one whose deadline is ahead) and its first question. */
    static long[] openRequest(String base, Caller caller, long cycleId) {
        HttpResponse<String> response = call(new Stats(), "requests", caller, "GET",
                base + "/api/v1/cycles/" + cycleId + "/requests", null);
        if (response == null || response.statusCode() != 200) {
            throw new IllegalStateException("Cannot read the requests of cycle " + cycleId + ": "
                    + (response == null ? "no answer" : response.statusCode() + " " + response.body()));
        }
        Matcher request = REQUEST.matcher(response.body());
        Matcher question = QUESTION.matcher(response.body());
        if (!request.find() || !question.find()) {
            throw new IllegalStateException("Cycle " + cycleId + " has no request with a question");
        }
        return new long[] {Long.parseLong(request.group(1)), Long.parseLong(question.group(1))};
    }

    static void api(Map<String, String> o) throws InterruptedException {
        String base = o.getOrDefault("base", "http://localhost:8080");
        int clients = Integer.parseInt(o.getOrDefault("clients", "20"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
        String auth = o.getOrDefault("auth", "basic");
        long cycle = Long.parseLong(o.getOrDefault("cycle", "4"));
        long[] request = openRequest(base, Caller.of("last001", "L001", auth), cycle);
        // Warm-up: each client's first calls (connection, JIT) are not counted
        runFor(clients, 10, (i, stats, turn) -> readAndSave(stats, base, contact(i, auth), request[0], request[1], turn), new Stats());
        Stats stats = new Stats();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        runFor(clients, seconds, (i, s, turn) -> readAndSave(s, base, contact(i, auth), request[0], request[1], turn), stats);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stats.print("api " + clients + " clients " + auth, elapsed);
        printOwnCpu(cpuBefore, elapsed);
    }

    static Caller contact(int i, String auth) {
        return Caller.of(String.format("last%03d", i + 1), String.format("L%03d", i + 1), auth);
    }

    static void deadlineDay(Map<String, String> o) throws Exception {
        String base = o.getOrDefault("base", "http://localhost:8080");
        int users = Integer.parseInt(o.getOrDefault("users", "200"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "600"));
        String auth = o.getOrDefault("auth", "basic");
        long cycle = Long.parseLong(o.getOrDefault("cycle", "4"));
        long resultsCycle = Long.parseLong(o.getOrDefault("results-cycle", "1"));
        String pid = o.get("pid");
        int contacts = users * 3 / 4;
        int readers = users - contacts;
        long[] request = openRequest(base, Caller.of("last001", "L001", auth), cycle);
        Stats stats = new Stats();
        AtomicBoolean stop = new AtomicBoolean();
        Thread memory = new Thread(() -> sampleMemory(pid, stop));
        memory.setDaemon(true);
        memory.start();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        runFor(users, seconds, (i, s, turn) -> {
            think();
            if (i < contacts) {
                readAndSave(s, base, contact(i, auth), request[0], request[1], turn);
            } else {
                // Readers take turns as FoU and as social chiefs, each seeded user by about two readers
                int reader = (i - contacts) / 2 % Math.max(1, users / 8) + 1;
                Caller caller = Caller.of(String.format(i % 2 == 0 ? "lastfou%02d" : "lastchef%02d", reader), null, auth);
                call(s, "results", caller, "GET", base + "/api/v1/cycles/" + resultsCycle + "/results", null);
                think();
                call(s, "overview", caller, "GET", base + "/api/v1/overview", null);
            }
        }, stats);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        memory.join(120_000);
        stats.print("deadline-day " + users + " users (" + contacts + " contacts, " + readers + " readers) " + auth, elapsed);
        printOwnCpu(cpuBefore, elapsed);
    }

    /** A person reads and types between calls: 2–8 seconds. */
    private static void think() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2000, 8000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's live heap after a full GC, once a minute, from {@code jcmd} (the same machine). */
    private static void sampleMemory(String pid, AtomicBoolean stop) {
        if (pid == null) {
            return;
        }
        long start = System.nanoTime();
        while (!stop.get()) {
            try {
                jcmd(pid, "GC.run");
                String info = jcmd(pid, "GC.heap_info");
                Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
                if (used.find()) {
                    System.out.printf("MEMORY t=%ds heap used after full GC %.1f MB%n",
                            (System.nanoTime() - start) / 1_000_000_000L, Long.parseLong(used.group(1)) / 1024.0);
                }
                for (int i = 0; i < 60 && !stop.get(); i++) {
                    Thread.sleep(1000);
                }
            } catch (Exception e) {
                System.out.println("MEMORY sampling stopped: " + e);
                return;
            }
        }
    }

    static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    interface Turn {
        void run(int user, Stats stats, int turn);
    }

    /** Every user in its own thread, turn after turn, until the time is up. */
    static void runFor(int users, int seconds, Turn turn, Stats stats) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            int user = i;
            Thread t = new Thread(() -> {
                try {
                    for (int n = 0; System.nanoTime() < end; n++) {
                        turn.run(user, stats, n);
                    }
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** The load generator runs on the same two cores as the server; its share of them is said beside the figures. */
    private static void printOwnCpu(long cpuBefore, double elapsedSeconds) {
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("BENCHMARK load generator CPU: %.1f s in %.0f s = %.1f %% of %d cores%n", cpu, elapsedSeconds,
                100 * cpu / (elapsedSeconds * cores), cores);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
