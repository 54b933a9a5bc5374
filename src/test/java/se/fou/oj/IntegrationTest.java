package se.fou.oj;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.user.AppUserDetailsService;

/**
 * Base of every test that needs the application: one Spring context and one embedded MariaDB (with the demo data)
 * shared by all of them, since the configuration is identical everywhere. Fixtures are imported here, never on a test
 * class: a test with its own {@code @Import} or mock beans gets a second context, whose embedded MariaDB starts fresh
 * over the same data directory and pulls the tables from under the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestData.class, se.fou.oj.analysis.AnalysisFixture.class, ListenersInTestThread.class})
public abstract class IntegrationTest {

    @Autowired
    protected AppUserDetailsService userDetailsService;

    @Autowired
    protected TestData testData;

    @Autowired
    protected org.springframework.boot.test.web.client.TestRestTemplate rest;

    /**
     * A GET on the running app's API with HTTP Basic as the demo user (none when {@code user} is null), accepting a PDF,
     * JSON or a problem, or the given types.
     */
    protected org.springframework.http.ResponseEntity<byte[]> apiGet(String user, String path,
                                                                    org.springframework.http.MediaType... accept) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo1234", java.nio.charset.StandardCharsets.UTF_8);
        }
        headers.setAccept(accept.length > 0 ? java.util.List.of(accept) : java.util.List.of(org.springframework.http.MediaType.APPLICATION_PDF,
                org.springframework.http.MediaType.APPLICATION_JSON, org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON));
        return rest.exchange(path, org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers),
                byte[].class);
    }

    /** Authenticates the demo user for service calls, exactly as a login would. */
    protected AppUserPrincipal loginAs(String username) {
        AppUserPrincipal principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return principal;
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }
}
