package se.fou.oj.base.audit;

import java.util.Optional;
import java.util.Set;

/**
 * How a module names the things it records in the audit log ("meeting" 12 → "Resultatmöte – Ekonomiskt bistånd
 * 2018"). The log stores the name when the change is recorded, so that it reads without reaching into the module's
 * tables later, and keeps the name the thing had then. Each module that records changes implements this once.
 */
public interface AuditSubjects {

    /** The entity types this module records, e.g. {@code meeting}. */
    Set<String> entityTypes();

    /** The thing's name as the log shows it; empty when it no longer exists. Runs in the recording transaction. */
    Optional<String> nameOf(String entityType, String entityId);

    /** The id as a number, or empty for an id that is not one (an indicator code, a request/municipality pair). */
    static Optional<Long> numeric(String entityId) {
        return entityId != null && entityId.matches("\\d{1,18}") ? Optional.of(Long.parseLong(entityId)) : Optional.empty();
    }
}
