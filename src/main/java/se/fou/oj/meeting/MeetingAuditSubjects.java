package se.fou.oj.meeting;

import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.SubjectsById;

/** How the audit log names a meeting: by its title. */
@Component
class MeetingAuditSubjects extends SubjectsById {

    MeetingAuditSubjects(MeetingRepository repository) {
        super("meeting", repository::title);
    }
}
