package se.fou.oj.base.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of the log. {@code actorName} is the actor's display name (null for the system and for unknown users) and
 * {@code subject} the name of what was changed (a cycle's "Ekonomiskt bistånd 2018", a meeting's title), resolved
 * when read so that the log speaks of people and things by name, not by user name and id. {@code changes} are the
 * fields the change altered with their values before and after (empty for an event that edits no fields).
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String entityType,
                         String entityId, String details, String actorName, String subject,
                         List<AuditChanges.Change> changes) {

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String entityType,
                      String entityId, String details, String actorName, String subject) {
        this(id, occurredAt, actor, action, entityType, entityId, details, actorName, subject, List.of());
    }

    public AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String entityType,
                      String entityId, String details) {
        this(id, occurredAt, actor, action, entityType, entityId, details, null, null);
    }
}
