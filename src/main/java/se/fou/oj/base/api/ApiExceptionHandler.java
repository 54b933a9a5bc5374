package se.fou.oj.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.fou.oj.base.ConflictException;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;

/**
 * Every error of the API as {@code application/problem+json} with a Swedish detail: the services' exceptions, and
 * also what Spring MVC rejects before a controller runs (an empty or malformed body, a wrong Content-Type, a wrong
 * method, a parameter of the wrong type, a body over the size limit), which would otherwise get Spring's English JSON.
 * Every controller of the application belongs to the API, so this advice applies to all of them; it has no selector,
 * since a selector would skip exactly the errors raised before a controller is chosen.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, messages.get("api.error.forbidden"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> noSuchPath(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, messages.get("api.error.noSuchPath", request.getRequestURI()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        response.getBody().setProperty("problems", e.problems());
        return response;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("api.error.tooLarge", e.maxBytes() / (1024 * 1024)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("api.error.tooLargeUpload"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.multipart"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.unreadableBody"));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(TypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "api.error.expected.other"
                : type == long.class || type == Long.class || type == int.class || type == Integer.class
                ? "api.error.expected.integer"
                : type == boolean.class || type == Boolean.class ? "api.error.expected.boolean" : "api.error.expected.other";
        String name = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.parameter", name, shorten(String.valueOf(e.getValue())),
                messages.get(expected)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.missingParameter", e.getParameterName()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.missingPart", e.getRequestPartName()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.missingHeader", e.getHeaderName()));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> binding(ServletRequestBindingException e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.badRequest"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e) {
        String given = e.getContentType() == null ? messages.get("api.error.noContentType") : e.getContentType().toString();
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                messages.get("api.error.unsupportedMediaType", shorten(given), list(e.getSupportedMediaTypes())));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.ACCEPT, MediaType.toString(e.getSupportedMediaTypes())).body(response.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, messages.get("api.error.notAcceptable", list(e.getSupportedMediaTypes())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedHttpMethods() == null ? ""
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.METHOD_NOT_ALLOWED,
                messages.get("api.error.methodNotAllowed", e.getMethod(), allowed));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.ALLOW, allowed).body(response.getBody());
    }

    /**
     * A real bug: logged with its stack trace, answered in Swedish without internals. Other errors Spring MVC knows the
     * status of (e.g. a {@code ResponseStatusException}) keep their status with a Swedish detail. (They arrive here:
     * a handler declared for the interface {@link ErrorResponse} would lose to this one, which is nearer by class.)
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> serverError(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Not the API (Vaadin's forwarding to its servlet): left to the default handling, as before
            throw e;
        }
        if (e instanceof ErrorResponse error) {
            HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
            if (status != null && !status.is5xxServerError()) {
                return problem(status, ApiProblems.statusDetail(messages, status));
            }
        }
        log.error("Unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("api.error.server"));
    }

    private static String list(Collection<MediaType> types) {
        return types.isEmpty() ? "–" : types.stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        if (status.is5xxServerError()) {
            log.error("API error: {}", detail);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
