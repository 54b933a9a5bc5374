package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;

/** The accessibility statement over HTTP, as a browser without an account gets it. */
class AccessibilityStatementIT extends IntegrationTest {

    /** Every response as it is, redirects not followed: a redirect to the login page must show as one. */
    private TestRestTemplate http() {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private String vaadinRequest(String cookie, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<byte[]> response = http().exchange(path, method, new HttpEntity<>(json, headers), byte[].class);
        assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(200);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    @Test
    void anAnonymousVisitorGetsTheStatementPageNotTheLoginPage() {
        ResponseEntity<String> page = http().getForEntity("/" + AccessibilityStatementView.ROUTE, String.class);

        assertThat(page.getStatusCode().value()).as("%s", page).isEqualTo(200);
        assertThat(page.getHeaders().getLocation()).isNull();
        assertThat(page.getBody()).contains("<html lang=\"sv\"");

        // Vaadin sends the page's content in answer to the client's navigation: play the browser's two requests
        String cookie = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String init = vaadinRequest(cookie, HttpMethod.GET, "/?v-r=init&location=" + AccessibilityStatementView.ROUTE, null);
        Matcher key = SECURITY_KEY.matcher(init);
        assertThat(key.find()).as(init).isTrue();
        String navigation = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + AccessibilityStatementView.ROUTE
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        String content = vaadinRequest(cookie, HttpMethod.POST, "/?v-r=uidl&v-uiId=0", navigation);

        assertThat(content).contains("Tillgänglighetsredogörelse för Öppna jämförelser",
                "Rapportera brister i webbtjänstens tillgänglighet", "tdosanmalan", "mailto:fou@fou-nordvast.se")
                .doesNotContain("login-form");
    }

    @Test
    void aScreenBehindTheLoginRedirectsTheSameVisitorToTheLoginPage() {
        // The control for the test above: the same anonymous request to a screen that needs an account is sent away
        ResponseEntity<String> start = http().getForEntity("/", String.class);

        assertThat(start.getStatusCode().is3xxRedirection()).as("%s", start).isTrue();
        assertThat(start.getHeaders().getLocation()).hasToString(rest.getRootUri() + "/login");
    }

    @Test
    void theContentSecurityPolicyOfTheStatementAllowsWhatThePageUses() {
        ResponseEntity<String> page = http().getForEntity("/" + AccessibilityStatementView.ROUTE, String.class);
        String csp = page.getHeaders().getFirst("Content-Security-Policy");

        // The page is plain text and links: links to DIGG and mailto are navigations, which no directive here governs
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'");
        assertThat(csp).doesNotContain("navigate-to");
        assertThat(page.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    }
}
