package se.fou.oj.base.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;

/** Records who changed what and when. Called inside the changing service's transaction, so both commit together. */
@Service
public class AuditService {

    /** The columns of the log: {@code entity_id VARCHAR(60)}, {@code details TEXT} (at most 3 bytes per char). */
    private static final int MAX_ENTITY_ID = 60;
    private static final int MAX_DETAILS = 21_000;

    /** The columns of the names kept with an entry. */
    private static final int MAX_NAME = 300;
    private static final int MAX_ACTOR = 100;

    private final AuditRepository repository;
    // Looked up lazily: the modules' namers use repositories whose services record through this service
    private final ObjectProvider<AuditSubjects> subjects;
    private final Clock clock;

    AuditService(AuditRepository repository, ObjectProvider<AuditSubjects> subjects, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.subjects = subjects;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String details) {
        record(action, entityType, entityId, null, details);
    }

    /**
     * Records a change whose subject's name the caller already has at hand ({@code subject}), so that the owning
     * module is not asked again; null asks it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String subject, String details) {
        record(action, entityType, entityId, subject, details, AuditChanges.of());
    }

    /**
     * Records a change with the fields it altered, before and after. A caller that only edits fields records nothing
     * when {@code changes} is empty (see {@link #recordIfChanged}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String subject, String details,
                       AuditChanges changes) {
        Optional<AppUserPrincipal> user = CurrentUser.find();
        insert(user.map(AppUserPrincipal::username).orElse("anonym"), user.map(AppUserPrincipal::displayName).orElse(null),
                action, entityType, entityId, subject, details, changes);
    }

    /** Records an edit only if it changed a field: a save that changed nothing leaves no line. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordIfChanged(String action, String entityType, Object entityId, String subject, String details,
                                AuditChanges changes) {
        if (!changes.isEmpty()) {
            record(action, entityType, entityId, subject, details, changes);
        }
    }

    /**
     * Records a security event (a login, a failed login, a denial) in a transaction of its own: it happens outside any
     * change, and a denial's rollback must not take its line with it. The actor is named by the caller, since a failed
     * login has no logged-in user. Callers go through {@link SecurityAudit}, which never lets a failure here through.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(String actor, String actorName, String action, String entityType, String entityId,
                                    String subject, String details) {
        insert(actor == null || actor.isBlank() ? "anonym" : actor, actorName, action, entityType, entityId,
                subject == null ? "" : subject, details, AuditChanges.of());
    }

    private void insert(String actor, String actorName, String action, String entityType, Object entityId,
                        String subject, String details, AuditChanges changes) {
        String id = entityId == null ? null : entityId.toString();
        // The log keeps what its columns hold: a change is never refused because its description is long
        repository.insert(LocalDateTime.now(clock), cut(actor, MAX_ACTOR), cut(actorName, MAX_NAME), action, entityType,
                cut(id, MAX_ENTITY_ID), cut(details, MAX_DETAILS),
                cut(subject != null ? subject : subjectName(entityType, id), MAX_NAME), changes.toJson());
    }

    /**
     * The name of a recorded thing, asked of the module that owns it; a module may name its things through another's
     * (a report by its cycle). A kind no module names keeps its id (an indicator code).
     */
    public String subjectName(String entityType, String entityId) {
        Optional<AuditSubjects> namer = subjects.orderedStream().filter(s -> s.entityTypes().contains(entityType))
                .findFirst();
        // A thing that is gone has no name; a kind nobody names is shown by its id (an indicator code)
        return namer.isPresent() ? namer.get().nameOf(entityType, entityId).orElse(null) : entityId;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A page of the whole log, newest first, for FoU's and the administrators' log view (loaded lazily). */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(int offset, int limit) {
        return page(AuditFilter.ALL, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return count(AuditFilter.ALL);
    }

    /** A page of the log narrowed by the filter, newest first: FoU and administrators only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return repository.page(filter, hiddenFrom(reader()), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return repository.count(filter, hiddenFrom(reader()));
    }

    /** The user names and kinds of event the log holds, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return repository.actors(hiddenFrom(reader()));
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return repository.entityTypes(hiddenFrom(reader()));
    }

    private static AppUserPrincipal reader() {
        return AccessGuard.requireRole("readAuditLog", Role.FOU);
    }

    /**
     * Logins carry the address and the user name typed: the administrators' to read, as the login attempts are. FoU
     * reads the changes and the denials.
     */
    private static Set<String> hiddenFrom(AppUserPrincipal reader) {
        return reader.hasRole(Role.ADMIN) ? Set.of() : Set.of(SecurityAudit.LOGIN);
    }

    /**
     * The newest entries of one thing. Unguarded: the module that owns the thing decides who may read its history
     * (a contact her own municipality's answer) and asks for it only then.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> latestFor(String entityType, Object entityId, int limit) {
        return repository.latestFor(entityType, String.valueOf(entityId), limit);
    }
}
