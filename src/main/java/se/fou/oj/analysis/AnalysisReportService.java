package se.fou.oj.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.knowledge.KnowledgeService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;

/**
 * The short analysis report of a cycle (stage 2, step 3): its versions, texts, sending for decision and PDF; the
 * proposed improvement areas with motivation and plan are {@link ProposalService}'s. FoU writes the introduction and
 * the analysis; everything else in the report (indicators and figures, the
 * municipalities' answers and statistics, the research) is filled in from the data when the PDF is drawn. A version
 * sent for decision is frozen with its PDF; a new draft is a new version that starts from the last one.
 * <p>
 * Who reads what: FoU every version; social chiefs the versions sent for decision; municipal contacts a version sent
 * for decision once the cycle's results and every request's answers are published (the report shows all municipalities'
 * answers, which contacts may otherwise not see).
 */
@Service
public class AnalysisReportService {

    private final AnalysisRepository repository;
    private final AnalysisReports reports;
    private final CycleService cycleService;
    private final DevelopmentAreaService developmentAreaService;
    private final ResultsService resultsService;
    private final RequestService submissionService;
    private final KnowledgeService knowledgeService;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;
    private final String regionName;

    AnalysisReportService(AnalysisRepository repository, AnalysisReports reports, CycleService cycleService,
                          DevelopmentAreaService developmentAreaService, ResultsService resultsService,
                          RequestService submissionService, KnowledgeService knowledgeService,
                          ApplicationEventPublisher events, AuditService audit, Messages messages, Clock clock,
                          @Value("${app.region-name:FoU Nordväst}") String regionName) {
        this.repository = repository;
        this.reports = reports;
        this.cycleService = cycleService;
        this.developmentAreaService = developmentAreaService;
        this.resultsService = resultsService;
        this.submissionService = submissionService;
        this.knowledgeService = knowledgeService;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.regionName = regionName;
    }

    /** The versions the current user may read, newest first. */
    @Transactional(readOnly = true)
    public List<AnalysisReport> versions(long cycleId) {
        return reports.readableOfCycle(cycleId);
    }

    /**
     * The versions the current user may read of several cycles at once (e.g. for the start page), newest first: the
     * same rule as {@link #versions}, a fixed number of queries for FoU and the social chiefs however many cycles.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<AnalysisReport>> versionsOfCycles(Collection<Long> cycleIds) {
        return reports.readableOfCycles(cycleIds);
    }

    /**
     * {@link #forDecision} of several cycles at once: the newest version sent for decision of each cycle that has one
     * the current user may read, by cycle id.
     */
    @Transactional(readOnly = true)
    public Map<Long, AnalysisReport> forDecisionOfCycles(Collection<Long> cycleIds) {
        AppUserPrincipal user = CurrentUser.require();
        Map<Long, AnalysisReport> sent = reports.sentOfCycles(cycleIds);
        if (user.role() == Role.MUNICIPAL_CONTACT) {
            sent.keySet().removeIf(cycleId -> !reports.contactMayRead(cycleId));
        }
        return sent;
    }

    /** The report the user works with: for FoU the newest version, for the others the newest sent for decision. */
    @Transactional(readOnly = true)
    public Optional<AnalysisReport> current(long cycleId) {
        return versions(cycleId).stream().findFirst();
    }

    /**
     * The newest version sent for decision: what the social chiefs decide on. A contact gets it only when they may read
     * the report (its motivations draw on every municipality's answers).
     */
    @Transactional(readOnly = true)
    public Optional<AnalysisReport> forDecision(long cycleId) {
        AppUserPrincipal user = CurrentUser.require();
        Optional<AnalysisReport> sent = sentVersion(cycleId);
        if (sent.isPresent() && user.role() == Role.MUNICIPAL_CONTACT && !reports.contactMayRead(cycleId)) {
            return Optional.empty();
        }
        return sent;
    }

    /**
     * Whether a report has been sent for decision that the current user may not read yet: a contact reads it only once
     * the results and every municipality's answers are published, so that she is told that instead of "none".
     */
    @Transactional(readOnly = true)
    public boolean sentButHiddenUntilPublished(long cycleId) {
        AppUserPrincipal user = CurrentUser.require();
        return user.role() == Role.MUNICIPAL_CONTACT && sentVersion(cycleId).isPresent() && !reports.contactMayRead(cycleId);
    }

    private Optional<AnalysisReport> sentVersion(long cycleId) {
        return reports.sent(cycleId);
    }

    @Transactional(readOnly = true)
    public AnalysisReport report(long reportId) {
        return reports.readableReport(reportId);
    }

    /**
     * The draft to work on: the open draft if there is one, otherwise a new version that starts from the newest one
     * (its texts, and its proposals with plans except those already approved), or a first version.
     */
    @Transactional
    public AnalysisReport startDraft(long cycleId) {
        AppUserPrincipal user = AccessGuard.requireRole("draftAnalysisReport", Role.FOU);
        Cycle cycle = cycleService.cycle(cycleId);
        List<AnalysisReport> all = reports.ofCycle(cycleId);
        if (!all.isEmpty() && !all.get(0).frozen()) {
            return all.get(0);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long id;
        if (all.isEmpty()) {
            id = repository.insertReport(cycleId, 1, messages.get("analysis.defaultIntroduction", cycle.title(), regionName),
                    null, user.username(), now);
        } else {
            AnalysisReport latest = all.get(0);
            id = repository.insertReport(cycleId, latest.versionNo() + 1, latest.introduction(), latest.analysis(),
                    user.username(), now);
            Set<Long> approved = developmentAreaService.areasOfCycle(cycleId).stream()
                    .filter(a -> a.status() == DevelopmentArea.Status.APPROVED).map(DevelopmentArea::id)
                    .collect(Collectors.toSet());
            for (Proposal proposal : latest.proposals()) {
                if (approved.contains(proposal.developmentAreaId())) {
                    continue;
                }
                long copy = repository.saveProposal(id, proposal.developmentAreaId(), proposal.motivation());
                repository.savePlan(copy, proposal.plan());
            }
        }
        AnalysisReport draft = reports.byId(id).orElseThrow();
        audit.record("CREATE", "analysisReport", id, cycle.title() + " version " + draft.versionNo());
        return draft;
    }

    @Transactional
    public AnalysisReport saveTexts(long reportId, String introduction, String analysis) {
        AppUserPrincipal user = AccessGuard.requireRole("editAnalysisReport", Role.FOU);
        AnalysisReport report = reports.draft(reportId);
        TextLimit.TEXT.check(messages, trimmed(introduction), "analysis.introduction");
        TextLimit.TEXT.check(messages, trimmed(analysis), "analysis.analysis");
        if (!repository.saveTexts(report.id(), trimmed(introduction), trimmed(analysis), user.username(), LocalDateTime.now(clock))) {
            throw reports.frozen();
        }
        AnalysisReport saved = reports.byId(reportId).orElseThrow();
        audit.recordIfChanged("EDIT", "analysisReport", reportId, null, null, AuditChanges.of()
                .field("introduction", report.introduction(), saved.introduction())
                .field("analysis", report.analysis(), saved.analysis()));
        return saved;
    }

    /** The PDF of a version: a draft drawn from the data now, a version sent for decision exactly as it was sent. */
    @Transactional(readOnly = true)
    public void writePdf(long reportId, OutputStream out) {
        AnalysisReport report = report(reportId);
        try {
            if (report.frozen()) {
                out.write(repository.pdf(reportId).orElseThrow(reports::notFound));
            } else {
                AnalysisPdf.write(contents(report), regionName, messages, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF the user works with ({@link #current}); "not found" when there is none they may read. */
    @Transactional(readOnly = true)
    public void writeCurrentPdf(long cycleId, OutputStream out) {
        Optional<AnalysisReport> report = current(cycleId);
        if (report.isEmpty() && sentVersion(cycleId).isPresent()) {
            // The report's existence is no secret (its decision is the region's); its answers are, until published
            throw AccessGuard.deny(CurrentUser.require(), "readAnalysisReport", "answers of cycle " + cycleId + " not published");
        }
        writePdf(report.orElseThrow(() -> new NotFoundException(messages.get("analysis.error.none"))).id(), out);
    }

    /**
     * Sends the draft to the social chiefs' group: every proposal needs its motivation and a complete plan. The
     * version is frozen with its PDF and the social chiefs are notified.
     */
    @Transactional
    public AnalysisReport sendForDecision(long reportId) {
        AppUserPrincipal user = AccessGuard.requireRole("sendAnalysisForDecision", Role.FOU);
        AnalysisReport report = reports.draft(reportId);
        List<String> problems = new ArrayList<>();
        if (report.proposals().isEmpty()) {
            problems.add(messages.get("analysis.error.noProposals"));
        }
        for (Proposal proposal : report.proposals()) {
            if (!proposal.plan().complete()) {
                problems.add(messages.get("analysis.error.planIncomplete", proposal.areaTitle()));
            }
            // An area decided while this draft was open is not put to the group a second time
            if (developmentAreaService.developmentArea(proposal.developmentAreaId()).status() != DevelopmentArea.Status.SELECTED) {
                problems.add(messages.get("analysis.error.alreadyDecided", proposal.areaTitle()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // The PDF kept is the one the social chiefs read: drawn as sent, without the draft marking
        LocalDateTime now = LocalDateTime.now(clock);
        AnalysisReport asSent = new AnalysisReport(report.id(), report.cycleId(), report.versionNo(),
                AnalysisReport.Status.FOR_DECISION, report.introduction(), report.analysis(), report.updatedBy(),
                report.updatedAt(), user.displayName(), now, report.proposals());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        AnalysisPdf.write(contents(asSent), regionName, messages, pdf);
        // Who sent it is printed for people to read: the name, not the login (the audit keeps the login)
        if (!repository.freeze(reportId, pdf.toByteArray(), user.displayName(), now)) {
            throw reports.frozen();
        }
        Cycle cycle = cycleService.cycle(report.cycleId());
        audit.record("SEND", "analysisReport", reportId, cycle.title() + " version " + report.versionNo() + " för beslut");
        events.publishEvent(new AnalysisSentForDecision(cycle.id(), cycle.title(), reportId));
        return reports.byId(reportId).orElseThrow();
    }

    /** Everything the report shows, gathered from the data as FoU sees it. */
    private AnalysisContents contents(AnalysisReport report) {
        Cycle cycle = cycleService.cycle(report.cycleId());
        List<DevelopmentArea> chosen = developmentAreaService.areasOfCycle(cycle.id()).stream()
                .filter(a -> a.status() == DevelopmentArea.Status.SELECTED || a.status() == DevelopmentArea.Status.APPROVED
                        || a.status() == DevelopmentArea.Status.CLOSED)
                .toList();
        List<AnalysisContents.AreaRequest> requests = submissionService.requests(cycle.id()).stream()
                .map(r -> new AnalysisContents.AreaRequest(r.developmentAreaId(), submissionService.compiled(r.id())))
                .toList();
        return new AnalysisContents(cycle, report, resultsService.results(cycle.id()), chosen, requests,
                knowledgeService.linksOfCycle(cycle.id()));
    }

    private static String trimmed(String text) {
        return StringUtils.hasText(text) ? text.trim() : null;
    }
}
