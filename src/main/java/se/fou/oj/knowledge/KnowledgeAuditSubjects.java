package se.fou.oj.knowledge;

import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.SubjectsById;

/** How the audit log names an item of the knowledge base: by its title. */
@Component
class KnowledgeAuditSubjects extends SubjectsById {

    KnowledgeAuditSubjects(KnowledgeRepository repository) {
        super("knowledgeItem", id -> repository.byId(id).map(KnowledgeItem::title));
    }
}
