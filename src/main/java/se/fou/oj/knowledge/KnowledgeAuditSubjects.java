package se.fou.oj.knowledge;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;

/** How the audit log names an item of the knowledge base: by its title. */
@Component
class KnowledgeAuditSubjects implements AuditSubjects {

    private final KnowledgeRepository repository;

    KnowledgeAuditSubjects(KnowledgeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("knowledgeItem");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(repository::byId).map(KnowledgeItem::title);
    }
}
