package se.fou.oj.followup;

import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.SubjectsById;

/** How the audit log names a follow-up: by its title. */
@Component
class FollowUpAuditSubjects extends SubjectsById {

    FollowUpAuditSubjects(FollowUpRepository repository) {
        super("followUp", id -> repository.byId(id).map(FollowUp::title));
    }
}
