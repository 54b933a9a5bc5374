package se.fou.oj.cycle;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;

/** How the audit log names a cycle, and a compilation by its cycle. */
@Component
class CycleAuditSubjects implements AuditSubjects {

    private final CycleRepository repository;

    CycleAuditSubjects(CycleRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("cycle", "compilation");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(repository::byId).map(Cycle::title);
    }
}
