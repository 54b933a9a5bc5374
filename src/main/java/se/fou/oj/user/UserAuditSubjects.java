package se.fou.oj.user;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;

/** How the audit log names a user: by her name. */
@Component
class UserAuditSubjects implements AuditSubjects {

    private final UserRepository repository;

    UserAuditSubjects(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("user");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(repository::byId).map(UserAccount::displayName);
    }
}
