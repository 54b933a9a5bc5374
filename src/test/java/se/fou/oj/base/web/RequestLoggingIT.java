package se.fou.oj.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;

/**
 * Every answer names its request id ({@code X-Request-Id}), a caller's own plain id is kept, and the log lines of the
 * request carry the user and the id, so an operator finds what happened to one person's request.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingIT extends IntegrationTest {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    RequestService requestService;

    private ResponseEntity<String> cycles(String requestId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("fou", "demo1234", StandardCharsets.UTF_8);
        if (requestId != null) {
            headers.set(RequestIdFilter.HEADER, requestId);
        }
        return rest.exchange("/api/v1/cycles", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void everyAnswerCarriesARequestIdAndACallersPlainIdIsKept() {
        String generated = cycles(null).getHeaders().getFirst(RequestIdFilter.HEADER);
        assertThat(generated).matches("[0-9a-f]{16}");
        assertThat(cycles(null).getHeaders().getFirst(RequestIdFilter.HEADER)).isNotEqualTo(generated);

        assertThat(cycles("proxy-4711.a_b").getHeaders().getFirst(RequestIdFilter.HEADER)).isEqualTo("proxy-4711.a_b");
        // Not plain (a space, a quote, too long): replaced, never written into a log line
        for (String unsafe : new String[] {"a b", "x\"}", "a".repeat(65)}) {
            assertThat(cycles(unsafe).getHeaders().getFirst(RequestIdFilter.HEADER)).matches("[0-9a-f]{16}");
        }
        // Pages and anonymous refusals too
        assertThat(rest.getForEntity("/actuator/health", String.class).getHeaders().getFirst(RequestIdFilter.HEADER))
                .isNotBlank();
        assertThat(rest.getForEntity("/api/v1/cycles", String.class).getHeaders().getFirst(RequestIdFilter.HEADER))
                .isNotBlank();
    }

    @Test
    void aLogLineOfARequestNamesTheUserAndTheRequestId(CapturedOutput output) {
        // A contact may not import: the refusal is logged while her request runs
        Cycle cycle = testData.newCycle();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("ekero", "demo1234", StandardCharsets.UTF_8);
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.set(RequestIdFilter.HEADER, "import-by-ekero-1");
        ResponseEntity<String> refused = rest.exchange("/api/v1/cycles/" + cycle.id() + "/results", HttpMethod.POST,
                new HttpEntity<>(TestData.ojCsvBytes(cycle.areaName()), headers), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getHeaders().getFirst(RequestIdFilter.HEADER)).isEqualTo("import-by-ekero-1");

        assertThat(output.getOut().lines().filter(line -> line.contains("Access denied: user=ekero")))
                .anySatisfy(line -> assertThat(line).contains("[ekero import-by-ekero-1]"));
    }

    @Test
    void aScreensLogLineNamesTheUserOfTheSession(CapturedOutput output) {
        // Ekerö's contact opens Järfälla's unpublished answer: the screen's refusal is logged in her session's request
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft(
                "Loggtest " + cycle.id(), null, List.of("Vad vet vi?"), LocalDate.of(2033, 2, 1), null)));
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, loggedInSession("ekero"));
        // As Vaadin's client does: the page's UI is made, then the client asks it to show the route
        String route = "requests/" + request.id() + "/submissions/0123";
        ResponseEntity<String> ui = http().exchange("/?v-r=init&location=" + route, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        Matcher key = SECURITY_KEY.matcher(ui.getBody());
        assertThat(key.find()).as(ui.getBody()).isTrue();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(RequestIdFilter.HEADER, "screen-of-ekero-1");
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), route);
        ResponseEntity<String> screen = http().exchange("/?v-r=uidl&v-uiId=0", HttpMethod.POST,
                new HttpEntity<>(navigate, headers), String.class);
        assertThat(screen.getStatusCode().value()).isEqualTo(200);
        assertThat(screen.getHeaders().getFirst(RequestIdFilter.HEADER)).isEqualTo("screen-of-ekero-1");

        assertThat(output.getOut().lines().filter(line -> line.contains("Access denied: user=ekero")))
                .anySatisfy(line -> assertThat(line).contains("[ekero screen-of-ekero-1]"));
    }

    private TestRestTemplate http() {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** Logs in by the login page's form, as a browser does; the session's cookie. */
    private String loggedInSession(String username) {
        ResponseEntity<String> page = http().getForEntity("/login", String.class);
        Matcher token = CSRF_TOKEN.matcher(page.getBody());
        assertThat(token.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, sessionCookie(page));
        String form = "username=" + username + "&password=demo1234&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        ResponseEntity<String> login = http().exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
        assertThat(login.getStatusCode().is3xxRedirection()).isTrue();
        return sessionCookie(login);
    }

    private static String sessionCookie(ResponseEntity<String> response) {
        String cookie = response.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }
}
