package se.fou.oj.user;

import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.SubjectsById;

/** How the audit log names a user: by her name. */
@Component
class UserAuditSubjects extends SubjectsById {

    UserAuditSubjects(UserRepository repository) {
        super("user", id -> repository.byId(id).map(UserAccount::displayName));
    }
}
