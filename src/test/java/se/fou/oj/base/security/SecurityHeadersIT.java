package se.fou.oj.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
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

/** The response headers and the login form's CSRF protection, read from the running app over HTTP. */
class SecurityHeadersIT extends IntegrationTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    /** Every response as it is, redirects not followed. */
    private TestRestTemplate http() {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private record LoginPage(String sessionCookie, String parameter, String token) {
    }

    /** Opens the login page as a browser would: a new session, with the CSRF token Vaadin writes into the page. */
    private LoginPage openLoginPage() {
        ResponseEntity<String> page = http().getForEntity("/login", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        String cookie = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String parameter = null;
        String token = null;
        Matcher meta = META.matcher(page.getBody());
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                token = meta.group(2);
            } else {
                parameter = meta.group(2);
            }
        }
        return new LoginPage(cookie.substring(0, cookie.indexOf(';')), parameter, token);
    }

    private ResponseEntity<String> postLogin(LoginPage page, String csrfParameter, String csrfToken) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, page.sessionCookie());
        String form = "username=fou&password=demo1234" + (csrfToken == null ? ""
                : "&" + csrfParameter + "=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return http().exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    @Test
    void thePagesCarryAContentSecurityPolicyThatForbidsFramingAndAReferrerPolicy() {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        String csp = page.getHeaders().getFirst("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "connect-src 'self'", "form-action 'self'");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));

        ResponseEntity<byte[]> api = apiGet("fou", "/api/v1/cycles");
        assertThat(api.getStatusCode().value()).isEqualTo(200);
        assertThat(api.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(api.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(api.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedAndLogsNobodyIn() {
        LoginPage page = openLoginPage();
        ResponseEntity<String> forged = postLogin(page, null, null);
        assertThat(forged.getStatusCode().value()).as("%s", forged).isEqualTo(403);
        assertThat(forged.getHeaders().getLocation()).isNull();

        ResponseEntity<String> wrongToken = postLogin(page, page.parameter(), "not-the-token");
        assertThat(wrongToken.getStatusCode().value()).isEqualTo(403);

        // Still not logged in: the start page sends the session to the login page
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, page.sessionCookie());
        ResponseEntity<String> start = http().exchange("/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(start.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(start.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void theLoginFormsOwnPostWithTheTokenFromThePageLogsIn() {
        LoginPage page = openLoginPage();
        // Vaadin writes the token into the page; the login form sends it as this parameter
        assertThat(page.parameter()).isEqualTo("_csrf");
        assertThat(page.token()).isNotBlank();
        ResponseEntity<String> login = postLogin(page, page.parameter(), page.token());
        assertThat(login.getStatusCode().is3xxRedirection()).as("%s", login).isTrue();
        assertThat(login.getHeaders().getLocation().getQuery()).as("no ?error").isNull();
        // A new session (no fixation), which is logged in: the start page opens instead of sending it to the login
        String session = login.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).contains("SameSite=Lax").doesNotStartWith(page.sessionCookie() + ";");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session.substring(0, session.indexOf(';')));
        ResponseEntity<String> start = http().exchange("/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(start.getStatusCode().value()).isEqualTo(200);
    }
}
