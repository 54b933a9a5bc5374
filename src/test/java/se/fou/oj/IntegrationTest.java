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
@Import({TestData.class, se.fou.oj.analysis.AnalysisFixture.class})
public abstract class IntegrationTest {

    @Autowired
    protected AppUserDetailsService userDetailsService;

    @Autowired
    protected TestData testData;

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
