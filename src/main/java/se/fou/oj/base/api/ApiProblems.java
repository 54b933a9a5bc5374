package se.fou.oj.base.api;

import org.springframework.http.HttpStatus;
import se.fou.oj.base.i18n.Messages;

/** The Swedish detail of an API error known only by its status (Spring's own errors, the error page). */
final class ApiProblems {

    private ApiProblems() {
    }

    static String statusDetail(Messages messages, HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> messages.get("api.error.badRequest");
            case UNAUTHORIZED -> messages.get("api.error.unauthorized");
            case FORBIDDEN -> messages.get("api.error.forbidden");
            case NOT_FOUND -> messages.get("api.error.notFound");
            case METHOD_NOT_ALLOWED -> messages.get("api.error.methodNotAllowedShort");
            case NOT_ACCEPTABLE -> messages.get("api.error.notAcceptableShort");
            case CONFLICT -> messages.get("api.error.conflict");
            case PAYLOAD_TOO_LARGE -> messages.get("api.error.tooLargeUpload");
            case UNSUPPORTED_MEDIA_TYPE -> messages.get("api.error.unsupportedMediaTypeShort");
            case SERVICE_UNAVAILABLE -> messages.get("app.starting");
            default -> status.is5xxServerError() ? messages.get("api.error.server")
                    : messages.get("api.error.status", status.value());
        };
    }
}
