package se.fou.oj.meeting;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;

/** How the audit log names a meeting: by its title. */
@Component
class MeetingAuditSubjects implements AuditSubjects {

    private final MeetingRepository repository;

    MeetingAuditSubjects(MeetingRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("meeting");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(repository::title);
    }
}
