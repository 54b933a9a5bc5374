package se.fou.oj.developmentarea;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;

/** How the audit log names a development area: by its title. */
@Component
class DevelopmentAreaAuditSubjects implements AuditSubjects {

    private final DevelopmentAreaRepository repository;

    DevelopmentAreaAuditSubjects(DevelopmentAreaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("developmentArea");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(repository::title);
    }
}
