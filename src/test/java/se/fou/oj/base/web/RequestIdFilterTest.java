package se.fou.oj.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The request id and user in the logging context: set for the request, echoed, and gone after it. */
class RequestIdFilterTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    @Test
    void aPlainIncomingIdIsKeptAndAnythingElseReplaced() {
        assertThat(RequestIdFilter.idFor("abc-123_X.y")).isEqualTo("abc-123_X.y");
        for (String unsafe : new String[] {null, "", "a b", "a\nb", "ä", "x".repeat(65), "%0d%0a"}) {
            assertThat(RequestIdFilter.idFor(unsafe)).as(unsafe).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void theUserIsTheLoginsNameOrADashForNobody() {
        assertThat(LogUserFilter.username(null)).isEqualTo("-");
        assertThat(LogUserFilter.username(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEqualTo("-");
        assertThat(LogUserFilter.username(UsernamePasswordAuthenticationToken.unauthenticated("fou", "x"))).isEqualTo("-");
        assertThat(LogUserFilter.username(UsernamePasswordAuthenticationToken.authenticated("fou", null,
                AuthorityUtils.createAuthorityList("ROLE_FOU")))).isEqualTo("fou");
    }

    @Test
    void theIdAndTheUserAreInTheLoggingContextDuringTheRequestOnly() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("fou",
                null, AuthorityUtils.createAuthorityList("ROLE_FOU")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cycles");
        request.addHeader(RequestIdFilter.HEADER, "req-1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<Map<String, String>> seen = new ArrayList<>();
        FilterChain app = (req, res) -> seen.add(new HashMap<>(MDC.getCopyOfContextMap()));
        new RequestIdFilter().doFilter(request, response,
                (req, res) -> new LogUserFilter().doFilter(req, res, app));

        assertThat(seen).containsExactly(Map.of("requestId", "req-1", "user", "fou"));
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("req-1");
        assertThat(MDC.get("requestId")).isNull();
        assertThat(MDC.get("user")).isNull();
    }
}
