package se.fou.oj.analysis;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.audit.AuditSubjects;

/**
 * How the audit log names a version of the short analysis (by its cycle) and a proposal (by its development area):
 * through the modules that own those names.
 */
@Component
class AnalysisAuditSubjects implements AuditSubjects {

    private final AnalysisRepository repository;
    private final AuditService audit;

    AnalysisAuditSubjects(AnalysisRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("analysisReport", "proposal");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        Optional<Long> id = AuditSubjects.numeric(entityId);
        return entityType.equals("analysisReport")
                ? id.flatMap(repository::report).map(r -> audit.subjectName("cycle", String.valueOf(r.cycleId())))
                : id.flatMap(repository::proposal)
                        .map(p -> audit.subjectName("developmentArea", String.valueOf(p.developmentAreaId())));
    }
}
