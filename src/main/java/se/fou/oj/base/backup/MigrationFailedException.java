package se.fou.oj.base.backup;

import java.nio.file.Path;
import java.sql.SQLException;

/** The database could not be brought up to date; the app does not start. The message says what happened and what now. */
public class MigrationFailedException extends DatabaseStartException {

    public MigrationFailedException(String migration, Exception cause, Path backup, boolean restored) {
        super(message(migration, cause, backup, restored), cause);
    }

    private static String message(String migration, Exception cause, Path backup, boolean restored) {
        String what = migration == null
                ? "Databasen kunde inte uppgraderas"
                : "Uppgraderingen av databasen misslyckades i migreringen " + migration;
        String state;
        if (restored) {
            state = "Databasen är återställd till hur den var före uppgraderingen, från säkerhetskopian " + backup
                    + " (the database was restored to its state before the upgrade).";
        } else if (backup != null) {
            state = "Databasen kunde INTE återställas automatiskt; läs in säkerhetskopian " + backup
                    + " i en tom databas (--app.restore-from). (Automatic restore failed.)";
        } else if (migration == null) {
            state = "Ingen migrering kördes; databasen är oförändrad (nothing was changed).";
        } else {
            state = "Ingen säkerhetskopia togs före uppgraderingen (mariadb-dump saknas), så databasen kan vara halvt "
                    + "uppgraderad: läs in den senaste säkerhetskopian i en tom databas. (No backup was taken.)";
        }
        return what + ": " + rootCause(cause) + ". " + state
                + " Appen startar inte: rätta migreringen eller kör den tidigare versionen av appen. "
                + "(Database upgrade failed; the app does not start.)";
    }

    /** The database's own words (the SQL error) when there are any, else Flyway's first line. */
    private static String rootCause(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getMessage().strip();
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        return message.lines().filter(line -> !line.isBlank()).findFirst().orElse(message);
    }
}
