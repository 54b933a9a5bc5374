package se.fou.oj.cycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;
import se.fou.oj.region.RegionService;

/** How the audit log names a cycle, and a compilation by its cycle. */
@Component
class CycleAuditSubjects implements AuditSubjects {

    private final CycleRepository repository;
    private final RegionService regionService;

    CycleAuditSubjects(CycleRepository repository, RegionService regionService) {
        this.repository = repository;
        this.regionService = regionService;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("cycle", "compilation");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(repository::byId)
                .map(c -> c.withAreaName(regionService.areaNames(List.of(c.areaId())).get(c.areaId())).title());
    }
}
