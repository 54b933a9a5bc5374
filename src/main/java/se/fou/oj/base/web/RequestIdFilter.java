package se.fou.oj.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that every log line written for it carries ({@code requestId} in the logging context,
 * printed by {@code logging.pattern.correlation} and a field of the JSON log) and that its answer names in
 * {@code X-Request-Id}, so a user's report or a proxy's log leads to the app's lines. A proxy's or client's own id
 * is kept when it is short and plain (letters, digits, {@code . _ -}, at most 64 characters), so it cannot forge or
 * break a log line; anything else is replaced by a new id. The user is added after the login is known, by
 * {@link LogUserFilter}. Right after the start-up gate, before Spring Security, so that login and denial lines carry
 * the id too.
 */
@Component
public class RequestIdFilter extends OncePerRequestFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_REQUEST_ID = "requestId";
    public static final String MDC_USER = "user";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An error page or async dispatch of the same request keeps the id it was given
        String id = request.getAttribute(ATTRIBUTE) instanceof String given ? given : idFor(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, id);
        }
        MDC.put(MDC_REQUEST_ID, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_REQUEST_ID);
            MDC.remove(MDC_USER);
        }
    }

    /** The incoming id when it is safe to log and echo, else a new one (16 hex digits). */
    static String idFor(String incoming) {
        if (incoming != null && SAFE_ID.matcher(incoming).matches()) {
            return incoming;
        }
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
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
