package se.fou.oj;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.overview.OverviewFixtures;
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
@Import({TestData.class, QueryCounter.class, AnalysisFixture.class, OverviewFixtures.class,
        TestClock.Config.class})
public abstract class IntegrationTest {

    @Autowired
    protected AppUserDetailsService userDetailsService;

    @Autowired
    protected TestData testData;

    /** The app's clock; a test may stop it at an instant ({@link TestClock#set}), it runs again after each test. */
    @Autowired
    protected TestClock clock;

    @Autowired
    protected QueryCounter queryCounter;

    @Autowired
    protected TestRestTemplate rest;

    /**
     * A GET on the running app's API with HTTP Basic as the demo user (none when {@code user} is null), accepting a PDF,
     * JSON or a problem, or the given types.
     */
    protected ResponseEntity<byte[]> apiGet(String user, String path,
                                                                    MediaType... accept) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8);
        }
        headers.setAccept(accept.length > 0 ? List.of(accept) : List.of(MediaType.APPLICATION_PDF,
                MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
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

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
