package se.fou.oj.base.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.ConflictException;

/** Turns the services' exceptions into {@code application/problem+json} answers with a Swedish detail. */
@RestControllerAdvice(annotations = RestController.class)
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

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, messages.get("api.error.badRequest"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        if (status.is5xxServerError()) {
            log.error("API error: {}", detail);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
