package se.fou.oj.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.audit.AuditFilter;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.audit.SecurityAudit;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.submission.ReminderService;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;

/**
 * The actuator as an operator meets it: health open and UP (details only for administrators), the liveness and
 * readiness probes, and every other endpoint only for administrators (401 without a login, 403 for anybody else);
 * the Prometheus text with the request timings and the app's own metrics, and the build and commit in info.
 */
class ActuatorIT extends IntegrationTest {

    private static final List<String> ADMIN_ONLY = List.of("/actuator/metrics", "/actuator/prometheus",
            "/actuator/info", "/actuator/metrics/http.server.requests", "/actuator");

    @Autowired
    ObjectMapper json;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RequestService requestService;
    @Autowired
    ReminderService reminders;

    @Autowired
    AuditService audit;

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8);
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void healthIsOpenAndUpShowingOnlyTheStatusToAnonymousCallers() throws Exception {
        ResponseEntity<String> health = get(null, "/actuator/health");
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(health.getBody());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).as(health.getBody()).isFalse();

        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            ResponseEntity<String> answer = get(null, probe);
            assertThat(answer.getStatusCode().value()).as(probe).isEqualTo(200);
            assertThat(json.readTree(answer.getBody()).get("status").asText()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void anAdministratorSeesTheHealthOfTheDatabaseAndTheReadinessDependsOnIt() throws Exception {
        JsonNode health = json.readTree(get("admin", "/actuator/health").getBody());
        assertThat(health.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").has("livenessState")).isTrue();

        JsonNode readiness = json.readTree(get("admin", "/actuator/health/readiness").getBody());
        assertThat(readiness.get("components").has("db")).as(readiness.toString()).isTrue();
        assertThat(readiness.get("components").has("readinessState")).isTrue();

        // A social chief is no administrator: status only
        assertThat(json.readTree(get("socialchef", "/actuator/health").getBody()).has("components")).isFalse();
    }

    @Test
    void everyOtherEndpointIsForAdministratorsOnly() {
        for (String path : ADMIN_ONLY) {
            ResponseEntity<String> anonymous = get(null, path);
            assertThat(anonymous.getStatusCode().value()).as("anonymous " + path).isEqualTo(401);
            assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
            assertThat(get("fou", path).getStatusCode().value()).as("fou " + path).isEqualTo(403);
            assertThat(get("ekero", path).getStatusCode().value()).as("ekero " + path).isEqualTo(403);
            assertThat(get("admin", path).getStatusCode().value()).as("admin " + path).isEqualTo(200);
        }
        HttpHeaders wrong = new HttpHeaders();
        wrong.setBasicAuth("admin", "not the password", StandardCharsets.UTF_8);
        assertThat(rest.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(wrong), String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aScraperLoggingInOnEveryCallLeavesNoLoginsInTheAuditLog() {
        loginAs("admin");
        AuditFilter adminLogins = new AuditFilter("admin", SecurityAudit.LOGIN, null, null, null, null);
        int before = audit.count(adminLogins);
        for (int scrape = 0; scrape < 3; scrape++) {
            assertThat(get("admin", "/actuator/prometheus").getStatusCode().value()).isEqualTo(200);
        }
        assertThat(audit.count(adminLogins)).isEqualTo(before);
    }

    @Test
    void endpointsNotExposedAreNotThere() {
        // Exposed: health, info, metrics, prometheus; env and the rest are not, even for administrators (the address
        // is then an ordinary page of the app, which starts at the login)
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/loggers", "/actuator/heapdump")) {
            ResponseEntity<String> answer = get("admin", path);
            assertThat(answer.getHeaders().getContentType()).as(path).isNotNull()
                    .matches(type -> type.isCompatibleWith(MediaType.TEXT_HTML), "a page");
            assertThat(answer.getBody()).as(path).doesNotContain("propertySources", "activeProfiles", "contexts");
        }
    }

    @Test
    void infoNamesTheVersionTheBuildTimeAndTheCommit() throws Exception {
        JsonNode info = json.readTree(get("admin", "/actuator/info").getBody());
        assertThat(info.get("build").get("version").asText()).isNotBlank();
        assertThat(info.get("build").get("artifact").asText()).isEqualTo("oj-tracker");
        assertThat(info.get("build").get("time").asText()).isNotBlank();
        Properties git = new Properties();
        Path gitProperties = Path.of("target/classes/git.properties");
        if (Files.exists(gitProperties)) {
            try (InputStream in = Files.newInputStream(gitProperties)) {
                git.load(in);
            }
        }
        // Built from a git checkout; a copy without .git builds without the commit
        if (git.getProperty("git.commit.id.abbrev") != null) {
            assertThat(info.get("git").get("commit").get("id").asText()).isEqualTo(git.getProperty("git.commit.id.abbrev"));
            assertThat(info.get("git").get("branch").asText()).isNotBlank();
        }
    }

    @Test
    void prometheusShowsRequestTimingsAndTheAppsOwnMetrics() throws Exception {
        // A PDF, an import and a reminder round, each through its ordinary way
        assertThat(get("fou", "/api/v1/overview.pdf").getStatusCode().value()).isEqualTo(200);
        Cycle cycle = testData.newCycle();
        HttpHeaders csv = new HttpHeaders();
        csv.setBasicAuth("fou", "demo1234", StandardCharsets.UTF_8);
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(rest.exchange("/api/v1/cycles/" + cycle.id() + "/results", HttpMethod.POST,
                new HttpEntity<>(TestData.ojCsvBytes(cycle.areaName()), csv), String.class).getStatusCode().value())
                .isEqualTo(200);
        double sentBefore = meters.get("oj.reminders.sent").counter().count();
        LocalDate deadline = LocalDate.of(2033, 1, 20);
        SystemActor.run(() -> requestService.createRequest(cycle.id(), new RequestDraft("Mätvärdestest " + cycle.id(),
                null, List.of("Vad vet vi?"), deadline, null)));
        int sent = SystemActor.call(() -> reminders.sendReminders(deadline.minusDays(3)));
        assertThat(sent).isPositive();
        assertThat(meters.get("oj.reminders.sent").counter().count() - sentBefore).isEqualTo(sent);
        // A browser's first visit opens a Vaadin session
        get(null, "/login");

        String prometheus = get("admin", "/actuator/prometheus").getBody();
        assertThat(prometheus)
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/v1/overview.pdf\"")
                .contains("oj_pdf_generation_seconds_count{report=\"overview\"}")
                .contains("oj_results_import_seconds_count{outcome=\"imported\"}")
                .contains("oj_reminders_sent_total")
                .contains("oj_vaadin_sessions")
                .contains("oj_vaadin_uis");
        assertThat(meters.get("oj.vaadin.sessions").gauge().value()).isPositive();
    }
}
