package se.fou.oj.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import se.fou.oj.base.api.ProblemResponses;
import se.fou.oj.base.i18n.Messages;

/**
 * The web server opens its port before the application has finished starting: the demo data (users, the demo cycle)
 * and the first administrator are created afterwards, in the runners and on {@link ApplicationReadyEvent}. Until that
 * event every request is answered 503 with {@code Retry-After}: a Swedish "starting" page that reloads itself, or a
 * Swedish problem for the API. A user never sees an empty list or a refused demo login that would work five seconds
 * later. First of all filters, so nothing else runs on a half-started application.
 */
@Component
public class StartupGate extends OncePerRequestFilter implements Ordered {

    static final int RETRY_AFTER_SECONDS = 5;
    static final String LIVENESS = "/actuator/health/liveness";
    private static final Logger log = LoggerFactory.getLogger(StartupGate.class);

    private final Messages messages;
    private final ProblemResponses problems;
    private volatile boolean ready;

    StartupGate(Messages messages, ProblemResponses problems) {
        this.messages = messages;
        this.problems = problems;
    }

    /**
     * Opens the gate after every other listener of the ready event (the first administrator is created in one): the
     * filter itself comes first of all filters ({@link #getOrder()}), but its opening comes last.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
        // The moment an operator (or a test starting the app as a process) can use the app; "Started" comes earlier
        log.info("Appen tar emot anrop (ready to serve requests)");
    }

    public boolean isReady() {
        return ready;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A liveness probe asks whether the process is alive, not whether it is ready: a 503 there during a slow start
        // (a migration, a restore) would have an orchestrator kill the start it is waiting for
        if (ready || request.getRequestURI().equals(request.getContextPath() + LIVENESS)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || accept == null
                || !accept.contains("text/html")) {
            problems.write(response, request.getRequestURI(), HttpStatus.SERVICE_UNAVAILABLE, messages.get("app.starting"));
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="UTF-8"><meta http-equiv="refresh" content="%d">
                <title>%s</title></head>
                <body style="font-family: sans-serif; margin: 3em"><h1>%s</h1><p>%s</p></body></html>
                """.formatted(RETRY_AFTER_SECONDS, HtmlUtils.htmlEscape(messages.get("app.starting.title"), "UTF-8"),
                HtmlUtils.htmlEscape(messages.get("app.starting.title"), "UTF-8"), HtmlUtils.htmlEscape(messages.get("app.starting"), "UTF-8")));
    }
}
