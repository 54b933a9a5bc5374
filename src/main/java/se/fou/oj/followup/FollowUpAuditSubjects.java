package se.fou.oj.followup;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;

/** How the audit log names a follow-up: by its title. */
@Component
class FollowUpAuditSubjects implements AuditSubjects {

    private final FollowUpRepository repository;

    FollowUpAuditSubjects(FollowUpRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("followUp");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(repository::byId).map(FollowUp::title);
    }
}
