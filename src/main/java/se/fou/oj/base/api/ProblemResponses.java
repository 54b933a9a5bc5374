package se.fou.oj.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.SecurityAudit;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.CurrentUser;

/**
 * 401 and 403 from the API's security filters, and other answers given outside Spring MVC's exception handling, as
 * {@code application/problem+json} with a Swedish detail.
 */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;
    private final Messages messages;
    // Looked up when a denial comes: the security filter chains are built before the database this writes to
    private final ObjectProvider<SecurityAudit> securityAudit;

    public ProblemResponses(ObjectMapper objectMapper, Messages messages, ObjectProvider<SecurityAudit> securityAudit) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        this.securityAudit = securityAudit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"FoU\", charset=\"UTF-8\"");
        write(response, request.getRequestURI(), HttpStatus.UNAUTHORIZED, messages.get("api.error.unauthorized"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        // Refused by the API's path rules before a service ran (a service's own refusal is audited where it is made)
        securityAudit.ifAvailable(audit -> audit.pathDenied(CurrentUser.find().orElse(null),
                request.getMethod() + " " + request.getRequestURI()));
        write(response, request.getRequestURI(), HttpStatus.FORBIDDEN, messages.get("api.error.forbidden"));
    }

    /** Writes a problem with a Swedish detail straight to the response (for answers given outside Spring MVC). */
    public void write(HttpServletResponse response, String path, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException e) {
            // A path that is no valid URI is left out of the answer rather than failing it
        }
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
