package se.fou.oj.region;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;

/** How the audit log names municipalities and areas: by their names. */
@Component
class RegionAuditSubjects implements AuditSubjects {

    private final RegionRepository repository;

    RegionAuditSubjects(RegionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("municipality", "area");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        Optional<Long> id = AuditSubjects.numeric(entityId);
        return entityType.equals("area") ? id.flatMap(repository::area).map(Area::name)
                : id.flatMap(repository::municipality).map(Municipality::name);
    }
}
