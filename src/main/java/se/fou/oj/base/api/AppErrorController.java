package se.fou.oj.base.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.fou.oj.base.i18n.Messages;

/**
 * The servlet container's error page ({@code /error}), in place of Boot's English one: a Swedish problem for the API
 * and for clients asking for JSON, a short Swedish page otherwise. Called directly, without an error to show, it
 * answers 404 (Boot's page answered 500 then).
 */
@RestController
class AppErrorController implements ErrorController {

    private final Messages messages;

    AppErrorController(Messages messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value
                ? Objects.requireNonNullElse(HttpStatus.resolve(value), HttpStatus.INTERNAL_SERVER_ERROR)
                : HttpStatus.NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        String detail = ApiProblems.statusDetail(messages, status);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (path.startsWith("/api/") || accept == null || !accept.contains("text/html")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException e) {
                // A path that is no valid URI is left out of the answer rather than failing it
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String page = """
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="UTF-8"><title>%1$s</title></head>
                <body style="font-family: sans-serif; margin: 3em"><h1>%1$s</h1><p>%2$s</p><p><a href="/">%3$s</a></p></body></html>
                """.formatted(HtmlUtils.htmlEscape(messages.get("error.page.title", status.value()), "UTF-8"),
                HtmlUtils.htmlEscape(detail, "UTF-8"), HtmlUtils.htmlEscape(messages.get("error.page.home"), "UTF-8"));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }
}
