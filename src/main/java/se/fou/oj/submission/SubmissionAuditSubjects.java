package se.fou.oj.submission;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.fou.oj.base.audit.AuditSubjects;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;

/**
 * How the audit log names a request (by its title) and a municipality's answer to it, recorded as
 * {@code requestId/municipalityCode} ("Ohälsa och försörjning – Ekerö").
 */
@Component
class SubmissionAuditSubjects implements AuditSubjects {

    private final SubmissionRepository repository;
    private final RegionService regionService;

    SubmissionAuditSubjects(SubmissionRepository repository, RegionService regionService) {
        this.repository = repository;
        this.regionService = regionService;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("request", "submission");
    }

    @Override
    public Optional<String> nameOf(String entityType, String entityId) {
        if (entityType.equals("request")) {
            return AuditSubjects.numeric(entityId).flatMap(repository::request).map(Request::title);
        }
        String[] parts = entityId == null ? new String[0] : entityId.split("/", 2);
        if (parts.length < 2) {
            return Optional.empty();
        }
        Optional<String> title = AuditSubjects.numeric(parts[0]).flatMap(repository::request).map(Request::title);
        String municipality = regionService.municipalityByCode(parts[1]).map(Municipality::name).orElse("");
        return title.map(t -> name(t, municipality));
    }

    /** A municipality's answer to a request as the log names it, for a caller that has both at hand. */
    static String name(Request request, Municipality municipality) {
        return name(request.title(), municipality.name());
    }

    private static String name(String requestTitle, String municipalityName) {
        return requestTitle + " – " + municipalityName;
    }
}
