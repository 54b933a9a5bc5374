package se.fou.oj.base.audit;

import java.time.LocalDateTime;

public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String entityType,
                         String entityId, String details) {
}
