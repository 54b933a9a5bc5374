package se.fou.oj.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.ConflictException;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;

/**
 * Requests to the municipalities and their written submissions. A contact reads and writes only their own
 * municipality's submission until FoU publishes the request's answers; drafts are saved as they are typed, and a save
 * over someone else's newer save is refused with a message instead of overwriting it. Submitting locks the answer;
 * FoU can reopen it with a reason.
 */
@Service
public class SubmissionService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SubmissionRepository repository;
    private final CycleService cycleService;
    private final RegionService regionService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;
    private final String regionName;
    private final se.fou.oj.user.UserNames userNames;

    SubmissionService(SubmissionRepository repository, CycleService cycleService, RegionService regionService,
                      AuditService audit, Messages messages, Clock clock,
                      @org.springframework.beans.factory.annotation.Value("${app.region-name:FoU Nordväst}") String regionName,
                      se.fou.oj.user.UserNames userNames) {
        this.regionName = regionName;
        this.userNames = userNames;
        this.repository = repository;
        this.cycleService = cycleService;
        this.regionService = regionService;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Request> requests(long cycleId) {
        CurrentUser.require();
        cycleService.cycle(cycleId);
        return repository.requestIds(cycleId).stream().map(id -> repository.request(id).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public Request request(long id) {
        CurrentUser.require();
        return repository.request(id).orElseThrow(() -> new NotFoundException(messages.get("request.error.notFound", String.valueOf(id))));
    }

    @Transactional
    public Request createRequest(long cycleId, RequestDraft draft) {
        AppUserPrincipal user = AccessGuard.requireRole("createRequest", Role.FOU);
        cycleService.cycle(cycleId);
        List<String> questions = draft.questions() == null ? List.of()
                : draft.questions().stream().filter(StringUtils::hasText).map(String::trim).toList();
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(draft.title())) {
            problems.add(messages.get("request.error.title"));
        }
        if (questions.isEmpty()) {
            problems.add(messages.get("request.error.questions"));
        }
        if (draft.deadline() == null) {
            problems.add(messages.get("request.error.deadline"));
        }
        lengthProblems(draft, questions, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        StatisticsTable statistics = StatisticsTable.parse(draft.statisticsRows(), draft.statisticsBreakdowns());
        statisticsProblems(statistics);
        long id = repository.insertRequest(cycleId, draft.developmentAreaId(), draft.title().trim(),
                StringUtils.hasText(draft.instructions()) ? draft.instructions().trim() : null, draft.deadline(), questions,
                statistics, user.username(), LocalDateTime.now(clock));
        audit.record("CREATE", "request", id, draft.title() + ", senast " + draft.deadline());
        return request(id);
    }

    private void lengthProblems(RequestDraft draft, List<String> questions, List<String> problems) {
        if (!TextLimit.TITLE.fits(draft.title())) {
            problems.add(TextLimit.TITLE.problem(messages, draft.title(), "request.title"));
        }
        if (!TextLimit.TEXT.fits(draft.instructions())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.instructions(), "request.instructions"));
        }
        for (int i = 0; i < questions.size(); i++) {
            if (!TextLimit.TEXT.fits(questions.get(i))) {
                problems.add(TextLimit.TEXT.problem(messages, questions.get(i), "request.questionLabel", i + 1));
            }
        }
        if (!TextLimit.TEXT.fits(draft.statisticsRows())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.statisticsRows(), "request.statistics.rows"));
        }
        if (!TextLimit.TEXT.fits(draft.statisticsBreakdowns())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.statisticsBreakdowns(), "request.statistics.breakdowns"));
        }
    }

    /** Row codes, breakdowns and categories become keys of the typed counts: each must fit its column. */
    private void statisticsProblems(StatisticsTable statistics) {
        if (statistics == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        statistics.rows().stream().filter(row -> row.length() > StatisticsTable.MAX_ROW_CODE).findFirst()
                .ifPresent(row -> problems.add(messages.get("request.error.rowCode", row, StatisticsTable.MAX_ROW_CODE)));
        statistics.breakdowns().forEach((name, categories) -> {
            if (!TextLimit.NAME.fits(name)) {
                problems.add(TextLimit.NAME.problem(messages, name, "request.statistics.breakdownLabel"));
            }
            categories.stream().filter(c -> !TextLimit.NAME.fits(c)).findFirst()
                    .ifPresent(c -> problems.add(TextLimit.NAME.problem(messages, c, "request.statistics.categoryLabel")));
        });
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    @Transactional
    public void extendDeadline(long requestId, String municipalityCode, LocalDate deadline) {
        AccessGuard.requireRole("extendDeadline", Role.FOU);
        request(requestId);
        Municipality municipality = municipality(municipalityCode);
        if (deadline == null) {
            throw new ValidationException(messages.get("request.error.deadline"));
        }
        repository.extendDeadline(requestId, municipality.id(), deadline);
        audit.record("EXTEND", "request", requestId, municipality.name() + " till " + deadline);
    }

    /**
     * After this every municipality of the region may read the submitted answers of the request (never another
     * municipality's draft). Allowed once no municipality is still within its time: each has submitted or its own
     * deadline, extended or not, has passed. So it is allowed when everyone has submitted, or when every deadline has
     * passed; a municipality given more time holds publication up until it submits or its extended deadline passes.
     */
    @Transactional
    public void publishAnswers(long requestId) {
        AccessGuard.requireRole("publishAnswers", Role.FOU);
        Request request = request(requestId);
        if (request.answersPublished()) {
            return;
        }
        List<Submission> waiting = waitingFor(request);
        if (!waiting.isEmpty()) {
            throw new ValidationException(messages.get("request.error.publishTooEarly", waiting.stream()
                    .map(s -> messages.get("request.waitingFor.one", s.municipalityName(), s.deadline().toString()))
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        repository.publishAnswers(requestId, LocalDateTime.now(clock));
        audit.record("PUBLISH", "request", requestId, "Svaren publicerade");
    }

    /**
     * The municipalities that still hold up publishing the answers: not submitted and their deadline (their own,
     * extended or not) not yet passed. Empty when FoU may publish.
     */
    @Transactional(readOnly = true)
    public List<Submission> waitingForBeforePublishing(long requestId) {
        AccessGuard.requireRole("publishAnswers", Role.FOU);
        return waitingFor(request(requestId));
    }

    private List<Submission> waitingFor(Request request) {
        LocalDate today = LocalDate.now(clock);
        return regionService.activeMunicipalities().stream().map(m -> load(request, m.id()))
                .filter(s -> !s.submitted() && !today.isAfter(s.deadline())).toList();
    }

    /** The status of every municipality of the region for the request: FoU's matrix. */
    @Transactional(readOnly = true)
    public List<Submission> matrix(long requestId) {
        AccessGuard.requireRole("submissionMatrix", Role.FOU);
        Request request = request(requestId);
        return regionService.activeMunicipalities().stream().map(m -> load(request, m.id())).toList();
    }

    /**
     * A municipality's submission, for whoever may see it: FoU always, a contact their own, and another municipality's
     * only once the answers are published and only if it is submitted (a draft stays private). A social chief reads
     * every municipality's submitted answers but of an answer not submitted only its status, as in the compiled
     * answers: the text of a draft belongs to its municipality's contacts until they submit it.
     */
    @Transactional(readOnly = true)
    public Submission submission(long requestId, String municipalityCode) {
        Request request = request(requestId);
        Municipality municipality = municipality(municipalityCode);
        Submission submission = load(request, municipality.id());
        requireRead(request, submission);
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
        Request request = request(requestId);
        if (!counts.isEmpty()) {
            if (request.statistics() == null || !request.statistics().cells().containsAll(counts.keySet())) {
                throw new ValidationException(messages.get("submission.error.cell"));
            }
            if (counts.values().stream().anyMatch(c -> !StatisticsTable.validCount(c))) {
                throw new ValidationException(messages.get("submission.error.count"));
            }
        }
        Municipality municipality = municipality(municipalityCode);
        AppUserPrincipal user = requireWrite(municipality.id());
        Submission current = load(request, municipality.id());
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
            Submission newer = load(request, municipality.id());
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
        return load(request, municipality.id());
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
        Submission saved = saveDraft(requestId, municipalityCode, expectedVersion, answers, counts, mismatchExplanation);
        Request request = request(requestId);
        List<StatisticsTable.Mismatch> mismatches = request.statistics() == null ? List.of()
                : request.statistics().mismatches(saved.counts());
        if (!mismatches.isEmpty() && !StringUtils.hasText(saved.mismatchExplanation())) {
            throw new SubmitRefusedException(messages.get("submission.error.explainMismatch", describe(mismatches),
                    saved.version()), saved, mismatches);
        }
        if (request.questions().stream().allMatch(q -> !StringUtils.hasText(saved.answers().get(q.id())))) {
            throw new SubmitRefusedException(messages.get("submission.error.empty", saved.version()), saved, List.of());
        }
        Municipality municipality = municipality(municipalityCode);
        AppUserPrincipal user = CurrentUser.require();
        if (mismatches.isEmpty() && saved.mismatchExplanation() != null) {
            repository.saveCounts(requestId, municipality.id(), Map.of(), "");
        }
        repository.markSubmitted(requestId, municipality.id(), user.username(), LocalDateTime.now(clock));
        audit.record("SUBMIT", "submission", requestId + "/" + municipality.code(), user.username());
        return load(request, municipality.id());
    }

    /** "rad 021, Kön: summerar till 17, totalen är 19; rad 023, Ålder: …" for a message. */
    private String describe(List<StatisticsTable.Mismatch> mismatches) {
        return mismatches.stream().map(m -> messages.get("submission.mismatch.item", m.row(), m.breakdown(), m.sum(), m.total()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * Every municipality's answer side by side: FoU and social chiefs at any time, contacts once the answers are
     * published. Only submitted answers carry their text and figures; an answer not submitted is listed without them,
     * with its status for FoU, social chiefs and the municipality's own contacts, and as "not submitted" for the
     * contacts of the other municipalities.
     */
    @Transactional(readOnly = true)
    public CompiledAnswers compiled(long requestId) {
        AppUserPrincipal user = CurrentUser.require();
        Request request = request(requestId);
        if (!user.seesWholeRegion() && !request.answersPublished()) {
            throw AccessGuard.deny(user, "readCompiledAnswers", "answers of request " + requestId + " not published");
        }
        return new CompiledAnswers(request, regionService.activeMunicipalities().stream()
                .map(m -> load(request, m.id()))
                .map(s -> s.submitted() ? s : s.withoutContent(user.seesWholeRegion()
                        || java.util.Objects.equals(user.municipalityId(), s.municipalityId())
                        ? s.status() : Submission.Status.NOT_SUBMITTED))
                .toList());
    }

    @Transactional(readOnly = true)
    public void exportXlsx(long requestId, java.io.OutputStream out) {
        CompiledAnswersExport.xlsx(compiled(requestId), messages, out);
    }

    @Transactional(readOnly = true)
    public void exportPdf(long requestId, java.io.OutputStream out) {
        CompiledAnswersExport.pdf(compiled(requestId), regionName, messages, out);
    }

    @Transactional
    public void reopen(long requestId, String municipalityCode, String reason) {
        AccessGuard.requireRole("reopenSubmission", Role.FOU);
        Request request = request(requestId);
        Municipality municipality = municipality(municipalityCode);
        if (load(request, municipality.id()).editable()) {
            throw new ValidationException(messages.get("submission.error.notSubmitted"));
        }
        if (!StringUtils.hasText(reason)) {
            throw new ValidationException(messages.get("submission.error.reason"));
        }
        TextLimit.TEXT.check(messages, reason.trim(), "request.reopen.reason");
        repository.reopen(requestId, municipality.id(), reason.trim());
        audit.record("REOPEN", "submission", requestId + "/" + municipality.code(), reason.trim());
    }

    private Submission load(Request request, long municipalityId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = request.deadlineFor(municipalityId);
        String name = repository.municipalityName(municipalityId);
        return repository.stored(request.id(), municipalityId).map(s -> {
            Submission.Status status = switch (s.status()) {
                case "SUBMITTED" -> s.submittedAt().toLocalDate().isAfter(deadline) ? Submission.Status.SUBMITTED_LATE
                        : Submission.Status.SUBMITTED;
                case "REOPENED" -> today.isAfter(deadline) ? Submission.Status.LATE : Submission.Status.REOPENED;
                default -> today.isAfter(deadline) ? Submission.Status.LATE : Submission.Status.DRAFT;
            };
            return new Submission(request.id(), municipalityId, name, status, s.version(), repository.answers(s.id()),
                    s.updatedBy(), s.updatedAt(), s.submittedBy(), s.submittedAt(), s.reopenReason(), deadline,
                    repository.counts(s.id()), s.mismatchExplanation());
        }).orElseGet(() -> new Submission(request.id(), municipalityId, name,
                today.isAfter(deadline) ? Submission.Status.LATE : Submission.Status.NOT_STARTED, 0, Map.of(), null, null,
                null, null, null, deadline, Map.of(), null));
    }

    private void requireRead(Request request, Submission submission) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.seesWholeRegion() || java.util.Objects.equals(user.municipalityId(), submission.municipalityId())) {
            return;
        }
        if (!request.answersPublished()) {
            throw AccessGuard.deny(user, "readSubmission", "answers of request " + request.id() + " not published, municipality "
                    + submission.municipalityId() + " is not the user's own (" + user.municipalityCode() + ")");
        }
        if (!submission.submitted()) {
            throw AccessGuard.deny(user, "readSubmission", "answer of municipality " + submission.municipalityId()
                    + " to request " + request.id() + " is not submitted (" + submission.status() + ")");
        }
    }

    /** Only the municipality's own contacts write its submission (FoU reads, reopens). */
    private AppUserPrincipal requireWrite(long municipalityId) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.role() != Role.MUNICIPAL_CONTACT || user.municipalityId() == null || user.municipalityId() != municipalityId) {
            throw AccessGuard.deny(user, "writeSubmission", "not a contact of municipality " + municipalityId);
        }
        return user;
    }

    private Municipality municipality(String code) {
        return regionService.municipalityByCode(code)
                .orElseThrow(() -> new NotFoundException(messages.get("municipality.error.unknownCode", code)));
    }
}
