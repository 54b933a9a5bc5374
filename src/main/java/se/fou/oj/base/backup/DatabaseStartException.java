package se.fou.oj.base.backup;

/**
 * The app does not start because its database could not be restored or brought up to date; the message says what
 * happened to the database and what to do, and is shown on its own at start ({@link DatabaseStartFailureAnalyzer}).
 */
public class DatabaseStartException extends IllegalStateException {

    public DatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
