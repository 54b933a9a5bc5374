package se.fou.oj.base.audit;

import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.CurrentUser;

/** Records who changed what and when. Called inside the changing service's transaction, so both commit together. */
@Service
public class AuditService {

    private final AuditRepository repository;

    AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String details) {
        String actor = CurrentUser.find().map(u -> u.username()).orElse("anonym");
        repository.insert(LocalDateTime.now(), actor, action, entityType, entityId == null ? null : entityId.toString(), details);
    }

    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> latestFor(String entityType, Object entityId, int limit) {
        return repository.latestFor(entityType, String.valueOf(entityId), limit);
    }
}
