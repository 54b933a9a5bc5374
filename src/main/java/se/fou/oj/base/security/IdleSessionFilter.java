package se.fou.oj.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a login that has been idle for the session timeout ({@code server.servlet.session.timeout}). Vaadin's heartbeat
 * reaches the server every few minutes while a tab is open, so the servlet container alone would never let such a
 * session expire, and {@code vaadin.closeIdleSessions} closes only Vaadin's part of it, not the login. Here heartbeats
 * do not count as activity: after the timeout the session is dropped before Spring Security sees the request, which
 * then goes to the login page and, after logging in, back to the page (the saved request).
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
public class IdleSessionFilter extends OncePerRequestFilter {

    /** When the session's last request other than a heartbeat came (epoch milliseconds). */
    public static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    private final Clock clock;

    IdleSessionFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            long now = clock.millis();
            int timeoutSeconds = session.getMaxInactiveInterval();
            if (session.getAttribute(LAST_ACTIVITY) instanceof Long last && timeoutSeconds > 0
                    && now - last > timeoutSeconds * 1000L) {
                session.invalidate();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** Read from the query string: asking for a parameter would read the body of a form or an upload. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
