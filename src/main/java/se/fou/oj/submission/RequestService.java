package se.fou.oj.submission;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.Municipality;

/**
 * FoU's requests to the municipalities: creating them, extending a municipality's deadline, publishing the answers,
 * and what the request collected, as FoU's matrix of every municipality's status and as the answers side by side.
 * The municipalities' own answers are {@link SubmissionService}'s.
 */
@Service
public class RequestService {

    private final SubmissionRepository repository;
    private final SubmissionAccess access;
    private final CycleService cycleService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;
    private final String regionName;

    RequestService(SubmissionRepository repository, SubmissionAccess access, CycleService cycleService, AuditService audit,
                   Messages messages, Clock clock, @Value("${app.region-name:FoU Nordväst}") String regionName) {
        this.repository = repository;
        this.access = access;
        this.cycleService = cycleService;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.regionName = regionName;
    }

    @Transactional(readOnly = true)
    public List<Request> requests(long cycleId) {
        CurrentUser.require();
        cycleService.cycle(cycleId);
        return repository.requestsOfCycles(List.of(cycleId));
    }

    @Transactional(readOnly = true)
    public Request request(long id) {
        return access.request(id);
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
        Request request = request(requestId);
        Municipality municipality = access.municipality(municipalityCode);
        if (deadline == null) {
            throw new ValidationException(messages.get("request.error.deadline"));
        }
        repository.extendDeadline(requestId, municipality.id(), deadline);
        audit.record("EXTEND", "request", requestId, null, municipality.name() + " till " + deadline, AuditChanges.of()
                .field("deadline:" + municipality.name(), request.deadlineFor(municipality.id()), deadline));
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
                    .collect(Collectors.joining(", "))));
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
        return access.ofRegion(request).stream().filter(s -> !s.submitted() && !today.isAfter(s.deadline())).toList();
    }

    /** The status of every municipality of the region for the request: FoU's matrix, in a fixed number of queries. */
    @Transactional(readOnly = true)
    public List<Submission> matrix(long requestId) {
        AccessGuard.requireRole("submissionMatrix", Role.FOU);
        return access.ofRegion(request(requestId));
    }

    /**
     * Every municipality's answer side by side: FoU and social chiefs at any time, contacts once the answers are
     * published. Only submitted answers carry their text and figures; an answer not submitted is listed without them,
     * with its status for FoU, social chiefs and the municipality's own contacts, and as "not submitted" for the
     * contacts of the other municipalities.
     */
    @Transactional(readOnly = true)
    public CompiledAnswers compiled(long requestId) {
        Request request = request(requestId);
        AppUserPrincipal user = access.requireCompiled(request);
        return new CompiledAnswers(request, access.ofRegion(request).stream()
                .map(s -> s.submitted() ? s : s.withoutContent(user.seesWholeRegion()
                        || Objects.equals(user.municipalityId(), s.municipalityId())
                        ? s.status() : Submission.Status.NOT_SUBMITTED))
                .toList());
    }

    @Transactional(readOnly = true)
    public void exportXlsx(long requestId, OutputStream out) {
        CompiledAnswersExport.xlsx(compiled(requestId), messages, out);
    }

    @Transactional(readOnly = true)
    public void exportPdf(long requestId, OutputStream out) {
        CompiledAnswersExport.pdf(compiled(requestId), regionName, messages, out);
    }
}
