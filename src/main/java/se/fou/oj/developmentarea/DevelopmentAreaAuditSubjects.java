package se.fou.oj.developmentarea;

import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.SubjectsById;

/** How the audit log names a development area: by its title. */
@Component
class DevelopmentAreaAuditSubjects extends SubjectsById {

    DevelopmentAreaAuditSubjects(DevelopmentAreaRepository repository) {
        super("developmentArea", repository::title);
    }
}
