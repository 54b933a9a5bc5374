package se.fou.oj.submission;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.ConflictException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.region.Municipality;
import se.fou.oj.user.UserNames;

/**
 * The municipalities' written answers to FoU's requests ({@link RequestService}). A contact reads and writes only their
 * own municipality's submission until FoU publishes the request's answers; drafts are saved as they are typed, and a
 * save over someone else's newer save is refused with a message instead of overwriting it. Submitting locks the
 * answer; FoU can reopen it with a reason.
 */
@Service
public class SubmissionService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ApplicationEventPublisher events;
    private final SubmissionRepository repository;
    private final SubmissionAccess access;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;
    private final UserNames userNames;

    SubmissionService(SubmissionRepository repository, SubmissionAccess access, AuditService audit, Messages messages,
                      Clock clock, UserNames userNames, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.userNames = userNames;
    }

    /** A request and the current user's municipality's answer to it. */
    public record OwnAnswer(Request request, Submission submission) {
    }

    /**
     * The current contact's municipality's answers to the requests of the given cycles that are still to be written
     * (not submitted), oldest request first: a fixed number of queries however many cycles and requests. Empty for
     * anyone but a municipality's contact.
     */
    @Transactional(readOnly = true)
    public List<OwnAnswer> ownAnswersToWrite(Collection<Long> cycleIds) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.role() != Role.MUNICIPAL_CONTACT || user.municipalityCode() == null) {
            return List.of();
        }
        List<Request> requests = repository.requestsOfCycles(cycleIds);
        if (requests.isEmpty()) {
            return List.of();
        }
        List<Submission> own = access.of(requests, access.municipality(user.municipalityCode()));
        List<OwnAnswer> open = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (own.get(i).editable()) {
                open.add(new OwnAnswer(requests.get(i), own.get(i)));
            }
        }
        return open;
    }

    /**
     * A municipality's submission, for whoever may see it: FoU always, a contact their own, and another municipality's
     * only once the answers are published and only if it is submitted (a draft stays private). A social chief reads
     * every municipality's submitted answers but of an answer not submitted only its status, as in the compiled
     * answers: the text of a draft belongs to its municipality's contacts until they submit it.
     */
    @Transactional(readOnly = true)
    public Submission submission(long requestId, String municipalityCode) {
        Request request = access.request(requestId);
        Submission submission = access.of(request, access.municipality(municipalityCode));
        access.requireRead(request, submission);
        if (CurrentUser.require().role() == Role.SOCIAL_CHIEF && !submission.submitted()) {
            return submission.withoutContent(submission.status());
        }
        return submission;
    }

    /**
     * Saves a draft. {@code expectedVersion} is the version the editor read; if someone saved after that, nothing is
     * overwritten and a conflict names who saved when.
     */
    @Transactional
    public Submission saveDraft(long requestId, String municipalityCode, int expectedVersion, Map<Long, String> answers) {
        return saveDraft(requestId, municipalityCode, expectedVersion, answers, Map.of(), null);
    }

    /**
     * Saves a draft with statistics: {@code counts} are the cells typed (whole, non-negative; the others stay as they
     * were); {@code mismatchExplanation} null leaves the explanation unchanged. Figures that do not sum are kept.
     */
    @Transactional
    public Submission saveDraft(long requestId, String municipalityCode, int expectedVersion, Map<Long, String> answers,
                                Map<StatisticsTable.Cell, Integer> counts, String mismatchExplanation) {
        return saveDraft(access.request(requestId), access.municipality(municipalityCode), expectedVersion, answers, counts,
                mismatchExplanation);
    }

    private Submission saveDraft(Request request, Municipality municipality, int expectedVersion, Map<Long, String> answers,
                                 Map<StatisticsTable.Cell, Integer> counts, String mismatchExplanation) {
        long requestId = request.id();
        if (!counts.isEmpty()) {
            if (request.statistics() == null || !request.statistics().cells().containsAll(counts.keySet())) {
                throw new ValidationException(messages.get("submission.error.cell"));
            }
            if (counts.values().stream().anyMatch(c -> !StatisticsTable.validCount(c))) {
                throw new ValidationException(messages.get("submission.error.count"));
            }
        }
        AppUserPrincipal user = access.requireWrite(municipality.id());
        Submission current = access.of(request, municipality);
        if (!current.editable()) {
            throw new ValidationException(messages.get("submission.error.submitted"));
        }
        for (Map.Entry<Long, String> answer : answers.entrySet()) {
            Request.Question question = request.questions().stream().filter(q -> q.id() == answer.getKey()).findFirst()
                    .orElseThrow(() -> new ValidationException(messages.get("submission.error.question",
                            String.valueOf(answer.getKey()))));
            TextLimit.TEXT.check(messages, answer.getValue(), "submission.answerLabel", question.position());
        }
        TextLimit.TEXT.check(messages, mismatchExplanation, "submission.statistics.explanation");
        String status = current.status() == Submission.Status.REOPENED ? "REOPENED" : "DRAFT";
        boolean saved;
        try {
            saved = repository.saveAnswers(requestId, municipality.id(), expectedVersion, answers, status, user.username(),
                    LocalDateTime.now(clock));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // Two first saves racing (unique key) or two saves deadlocking: the database kept one of them whole and
            // rolled this one back, which is exactly a stale save
            saved = false;
        }
        if (!saved) {
            Submission newer = access.of(request, municipality);
            if (expectedVersion > newer.version() || expectedVersion < 0 || newer.updatedBy() == null || newer.updatedAt() == null) {
                // Not someone else's save: a version that was never saved (typed by hand, or from another answer)
                throw new ConflictException(messages.get("submission.error.unknownVersion", expectedVersion,
                        newer.version()));
            }
            throw new ConflictException(messages.get("submission.error.conflict", userNames.nameOf(newer.updatedBy()),
                    TIME.format(newer.updatedAt())));
        }
        if (!counts.isEmpty() || mismatchExplanation != null) {
            repository.saveCounts(requestId, municipality.id(), counts, mismatchExplanation);
        }
        Submission after = access.of(request, municipality);
        audit.recordIfChanged("SAVE", "submission", auditId(request, municipality),
                SubmissionAuditSubjects.name(request, municipality), null, changes(request, current, after));
        return after;
    }

    /**
     * What a save changed, field by field: each question's answer ({@code answer:<position>}), each count of the
     * statistics ({@code count:<row>, <breakdown>, <category>}) and the explanation of a mismatch.
     */
    private static AuditChanges changes(Request request, Submission before, Submission after) {
        AuditChanges changes = AuditChanges.of();
        for (Request.Question question : request.questions()) {
            changes.field("answer:" + question.position(), before.answers().get(question.id()),
                    after.answers().get(question.id()));
        }
        if (request.statistics() != null) {
            for (StatisticsTable.Cell cell : request.statistics().cells()) {
                changes.field("count:" + cell.row() + ", " + cell.breakdown() + ", " + cell.category(),
                        before.counts().get(cell), after.counts().get(cell));
            }
        }
        return changes.field("mismatchExplanation", before.mismatchExplanation(), after.mismatchExplanation());
    }

    private static String auditId(Request request, Municipality municipality) {
        return request.id() + "/" + municipality.code();
    }

    /** Submits: the answer locks and records who and when. */
    @Transactional(noRollbackFor = SubmitRefusedException.class)
    public Submission submit(long requestId, String municipalityCode, int expectedVersion, Map<Long, String> answers) {
        return submit(requestId, municipalityCode, expectedVersion, answers, Map.of(), null);
    }

    /**
     * Submits with statistics; a breakdown that does not sum needs an explanation, and the figures stay as entered.
     * What is sent is saved as a draft first and kept even when the submit is refused ({@link SubmitRefusedException}
     * says so and names the rows), so nothing typed is lost. An explanation left from figures that no longer mismatch
     * is dropped on submit: a submitted answer carries an explanation only for a mismatch it has.
     */
    @Transactional(noRollbackFor = SubmitRefusedException.class)
    public Submission submit(long requestId, String municipalityCode, int expectedVersion, Map<Long, String> answers,
                             Map<StatisticsTable.Cell, Integer> counts, String mismatchExplanation) {
        // The request and the municipality are read once, for the save and for the checks of the submit
        Request request = access.request(requestId);
        Municipality municipality = access.municipality(municipalityCode);
        Submission saved = saveDraft(request, municipality, expectedVersion, answers, counts, mismatchExplanation);
        List<StatisticsTable.Mismatch> mismatches = request.statistics() == null ? List.of()
                : request.statistics().mismatches(saved.counts());
        if (!mismatches.isEmpty() && !StringUtils.hasText(saved.mismatchExplanation())) {
            throw new SubmitRefusedException(messages.get("submission.error.explainMismatch", describe(mismatches),
                    saved.version()), saved, mismatches);
        }
        if (request.questions().stream().allMatch(q -> !StringUtils.hasText(saved.answers().get(q.id())))) {
            throw new SubmitRefusedException(messages.get("submission.error.empty", saved.version()), saved, List.of());
        }
        AppUserPrincipal user = CurrentUser.require();
        if (mismatches.isEmpty() && saved.mismatchExplanation() != null) {
            repository.saveCounts(requestId, municipality.id(), Map.of(), "");
        }
        repository.markSubmitted(requestId, municipality.id(), user.username(), LocalDateTime.now(clock));
        Submission submitted = access.of(request, municipality);
        audit.record("SUBMIT", "submission", auditId(request, municipality),
                SubmissionAuditSubjects.name(request, municipality), user.username(), AuditChanges.of()
                        .coded("status", saved.status(), submitted.status(), "submission.status.")
                        .field("mismatchExplanation", saved.mismatchExplanation(), submitted.mismatchExplanation()));
        events.publishEvent(new AnswerSubmitted(requestId, municipality.id(), SubmissionRoutes.submission(requestId, municipality.code())));
        return submitted;
    }

    /** The most entries of an answer's history a reader gets, newest first. */
    static final int HISTORY_LIMIT = 500;

    /**
     * Who changed a municipality's answer when, and what (each field before and after), newest first: for the
     * municipality's own contacts, FoU and administrators. A contact asking for another municipality's answer is
     * denied, and so is a social chief, who may never read a draft's text.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long requestId, String municipalityCode) {
        Request request = access.request(requestId);
        Municipality municipality = access.municipality(municipalityCode);
        AppUserPrincipal user = CurrentUser.require();
        if (user.role() == Role.MUNICIPAL_CONTACT) {
            AccessGuard.requireMunicipalityAccess("readSubmissionHistory", municipality.id());
        } else {
            AccessGuard.requireRole("readSubmissionHistory", Role.FOU);
        }
        return audit.latestFor("submission", auditId(request, municipality), HISTORY_LIMIT);
    }

    /** "rad 021, Kön: summerar till 17, totalen är 19; rad 023, Ålder: …" for a message. */
    private String describe(List<StatisticsTable.Mismatch> mismatches) {
        return mismatches.stream().map(m -> messages.get("submission.mismatch.item", m.row(), m.breakdown(), m.sum(), m.total()))
                .collect(Collectors.joining("; "));
    }

    @Transactional
    public void reopen(long requestId, String municipalityCode, String reason) {
        AccessGuard.requireRole("reopenSubmission", Role.FOU);
        Request request = access.request(requestId);
        Municipality municipality = access.municipality(municipalityCode);
        Submission before = access.of(request, municipality);
        if (before.editable()) {
            throw new ValidationException(messages.get("submission.error.notSubmitted"));
        }
        if (!StringUtils.hasText(reason)) {
            throw new ValidationException(messages.get("submission.error.reason"));
        }
        TextLimit.TEXT.check(messages, reason.trim(), "request.reopen.reason");
        repository.reopen(requestId, municipality.id(), reason.trim());
        audit.record("REOPEN", "submission", auditId(request, municipality), null, reason.trim(), AuditChanges.of()
                .coded("status", before.status(), access.of(request, municipality).status(), "submission.status."));
    }
}
