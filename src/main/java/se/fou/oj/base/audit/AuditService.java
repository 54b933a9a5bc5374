package se.fou.oj.base.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;

/** Records who changed what and when. Called inside the changing service's transaction, so both commit together. */
@Service
public class AuditService {

    /** The columns of the log: {@code entity_id VARCHAR(60)}, {@code details TEXT} (at most 3 bytes per char). */
    private static final int MAX_ENTITY_ID = 60;
    private static final int MAX_DETAILS = 21_000;

    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.clock = clock;
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String details) {
        String actor = CurrentUser.find().map(u -> u.username()).orElse("anonym");
        String id = entityId == null ? null : entityId.toString();
        // The log keeps what its columns hold: a change is never refused because its description is long
        repository.insert(LocalDateTime.now(clock), actor, action, entityType, cut(id, MAX_ENTITY_ID), cut(details, MAX_DETAILS));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A page of the whole log, newest first, for the administrators' log view (loaded lazily). */
    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> page(int offset, int limit) {
        return page(AuditFilter.ALL, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return count(AuditFilter.ALL);
    }

    /** A page of the log narrowed by the administrator's filter, newest first. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        AccessGuard.requireRole("readAuditLog", Role.ADMIN);
        return repository.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        AccessGuard.requireRole("readAuditLog", Role.ADMIN);
        return repository.count(filter);
    }

    /** The user names and kinds of event the log holds, for the filter's choices. */
    @Transactional(readOnly = true)
    public java.util.List<String> actors() {
        AccessGuard.requireRole("readAuditLog", Role.ADMIN);
        return repository.actors();
    }

    @Transactional(readOnly = true)
    public java.util.List<String> entityTypes() {
        AccessGuard.requireRole("readAuditLog", Role.ADMIN);
        return repository.entityTypes();
    }

    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> latestFor(String entityType, Object entityId, int limit) {
        return repository.latestFor(entityType, String.valueOf(entityId), limit);
    }
}
