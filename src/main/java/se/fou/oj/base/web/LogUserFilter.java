package se.fou.oj.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the logged-in user's name ({@code user}, "-" for nobody) into the logging context of the request. Runs inside
 * Spring Security's filter chain (ordered after it), where the login of the request is known: HTTP Basic for the API
 * and the actuator, the session's login for the screens. {@link RequestIdFilter} clears it with the request id.
 */
@Component
public class LogUserFilter extends OncePerRequestFilter implements Ordered {

    static final String NOBODY = "-";

    @Override
    public int getOrder() {
        return SecurityProperties.DEFAULT_FILTER_ORDER + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put(RequestIdFilter.MDC_USER, username(SecurityContextHolder.getContext().getAuthentication()));
        chain.doFilter(request, response);
    }

    static String username(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return NOBODY;
        }
        return authentication.getName();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
