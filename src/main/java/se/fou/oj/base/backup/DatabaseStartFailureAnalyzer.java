package se.fou.oj.base.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a failed restore or upgrade as Spring Boot's "APPLICATION FAILED TO START" with the Swedish message, instead
 * of a page of stack trace in which the operator must find it. Registered in META-INF/spring.factories.
 */
class DatabaseStartFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Se README, avsnittet \"Backup and restore\" (see the README's section Backup and restore).", cause);
    }
}
