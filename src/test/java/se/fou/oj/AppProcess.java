package se.fou.oj;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application started as a separate JVM, as in production ({@code java … se.fou.oj.Application}), on the test
 * classpath without the test classes, its output in a log file. For tests that kill it, restart it or run several.
 * Every process started here (and the {@code mariadbd} it started) is ended when the test JVM ends, whatever happens.
 */
public final class AppProcess {

    private static final Set<ProcessHandle> STARTED = ConcurrentHashMap.newKeySet();
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MariaDB started on 127\\.0\\.0\\.1:(\\d+)");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AppProcess::destroyAll, "app-process-cleanup"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the app with these settings ({@code --name=value}) on a free web port; returns at once. */
    public static AppProcess start(String name, Path logDir, List<String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-Duser.timezone=Europe/Stockholm", "-cp", appClasspath(),
                "se.fou.oj.Application", "--server.port=" + port, "--spring.main.banner-mode=off",
                "--vaadin.devmode.devTools.enabled=false",
                // Vaadin looks for its classes in these packages only, not in every jar of the test classpath: the
                // search took 15–30 s of each start
                "--vaadin.allowed-packages=com.vaadin,se.fou.oj"));
        command.addAll(settings);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            STARTED.add(process.toHandle());
            return new AppProcess(name, process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the app answers its API (the demo's FoU user is let in once the start has completed). */
    public AppProcess awaitReady(Duration timeout) {
        await(name + " answers").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended while starting (exit " + process.exitValue() + "):\n" + logTail());
            }
            try {
                return get("fou", "/api/v1/cycles").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        // The embedded database, a child process, is recorded so that the clean-up also ends it if it outlives the app
        process.descendants().forEach(STARTED::add);
        return this;
    }

    public HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> put(String user, String path, String json) throws IOException, InterruptedException {
        return http.send(request(user, path).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    /** SIGKILL, as {@code kill -9}: the JVM ends at once; its embedded MariaDB is left running, orphaned. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM, as a service manager stops it: a clean shutdown (database included), forced after a minute. */
    public void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitExit();
        children.forEach(AppProcess::destroyAndWait);
    }

    private void awaitExit() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** The lines of the log that contain {@code text}. */
    public List<String> logLines(String text) {
        return logText().lines().filter(l -> l.contains(text)).toList();
    }

    /** The port of the embedded MariaDB, as the app logged it. */
    public int embeddedDatabasePort() {
        Matcher matcher = EMBEDDED_PORT.matcher(logText());
        if (!matcher.find()) {
            throw new AssertionError(name + " logged no embedded database port:\n" + logTail());
        }
        return Integer.parseInt(matcher.group(1));
    }

    public String name() {
        return name;
    }

    /** Ends every app started here that still runs, and the database servers they started. */
    public static void destroyAll() {
        STARTED.forEach(AppProcess::destroyAndWait);
        STARTED.clear();
    }

    private static void destroyAndWait(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test run's classpath (Surefire's, not its booter jar) without the test classes and resources. */
    private static String appClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
