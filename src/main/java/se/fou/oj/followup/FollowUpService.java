package se.fou.oj.followup;

import java.util.LinkedHashMap;
import java.util.Collection;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
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
import se.fou.oj.cycle.Stage;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.CompiledAnswers;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;

/**
 * Stage 3: the follow-up of a decided improvement area. FoU sets up each follow-up (what it covers, the follow-up
 * meeting, and the instructions and questions to the municipalities, sent as an ordinary request with its deadline and
 * reminders), then compiles the report section by section. The indicators behind the area are shown in the decision's
 * year and the first later year with results. Everybody of the region reads follow-ups; FoU writes them.
 */
@Service
public class FollowUpService {

    private final FollowUpRepository repository;
    private final DevelopmentAreaService developmentAreaService;
    private final DecisionService decisionService;
    private final RequestService submissionService;
    private final MeetingService meetingService;
    private final CycleService cycleService;
    private final ResultsService resultsService;
    private final TrendService trends;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;
    private final String regionName;
    private final FollowUpStatistics statistics;

    FollowUpService(FollowUpRepository repository, DevelopmentAreaService developmentAreaService,
                    DecisionService decisionService, RequestService submissionService, MeetingService meetingService,
                    CycleService cycleService, ResultsService resultsService, TrendService trends, AuditService audit, Messages messages,
                    Clock clock, @Value("${app.region-name:FoU Nordväst}") String regionName,
                    FollowUpStatistics statistics) {
        this.repository = repository;
        this.developmentAreaService = developmentAreaService;
        this.decisionService = decisionService;
        this.submissionService = submissionService;
        this.meetingService = meetingService;
        this.cycleService = cycleService;
        this.resultsService = resultsService;
        this.trends = trends;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.regionName = regionName;
        this.statistics = statistics;
    }

    /** The decided improvement area with its approved plan; "not found" for an area that was never decided. */
    @Transactional(readOnly = true)
    public ImprovementArea improvementArea(long developmentAreaId) {
        DevelopmentArea area = developmentAreaService.developmentArea(developmentAreaId);
        return decisionService.improvementAreas(area.cycleId()).stream()
                .filter(a -> a.developmentAreaId() == developmentAreaId).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("followUp.error.notDecided")));
    }

    @Transactional(readOnly = true)
    public List<FollowUp> followUps(long developmentAreaId) {
        improvementArea(developmentAreaId);
        return repository.ofArea(developmentAreaId);
    }

    /**
     * The follow-ups of several improvement areas at once (e.g. for the start page), readable as {@link #followUps} by
     * anybody logged in; a follow-up exists only for a decided area, so an area never decided simply has none. Every
     * given area has an entry; a fixed number of queries, however many areas.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<FollowUp>> followUpsOfAreas(Collection<Long> developmentAreaIds) {
        CurrentUser.require();
        Map<Long, List<FollowUp>> byArea = new LinkedHashMap<>();
        developmentAreaIds.forEach(id -> byArea.put(id, new ArrayList<>()));
        if (!developmentAreaIds.isEmpty()) {
            repository.ofAreas(developmentAreaIds).forEach(f -> byArea.get(f.developmentAreaId()).add(f));
        }
        return byArea;
    }

    /** Sets up a follow-up and sends its request to the municipalities (deadline, reminders, answers as any request). */
    @Transactional
    public FollowUp create(long developmentAreaId, FollowUpDraft draft) {
        AppUserPrincipal user = AccessGuard.requireRole("createFollowUp", Role.FOU);
        ImprovementArea area = improvementArea(developmentAreaId);
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(draft.title())) {
            problems.add(messages.get("followUp.error.title"));
        }
        if (!StringUtils.hasText(draft.covers())) {
            problems.add(messages.get("followUp.error.covers"));
        }
        if (StringUtils.hasText(draft.title()) && !TextLimit.TITLE.fits(draft.title().trim())) {
            problems.add(TextLimit.TITLE.problem(messages, draft.title().trim(), "followUp.title"));
        }
        if (StringUtils.hasText(draft.covers()) && !TextLimit.TEXT.fits(draft.covers().trim())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.covers().trim(), "followUp.covers"));
        }
        if (draft.meetingId() != null) {
            Meeting meeting = meetingService.meeting(draft.meetingId());
            if (meeting.cycleId() != area.cycleId()) {
                problems.add(messages.get("decision.error.meetingOfOtherCycle"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // The request checks its own questions and deadline, with the same messages as any request
        Request request = submissionService.createRequest(area.cycleId(), new RequestDraft(draft.title().trim(),
                draft.instructions(), draft.questions(), draft.deadline(), developmentAreaId, draft.statisticsRows(),
                draft.statisticsBreakdowns()));
        long id = repository.insert(developmentAreaId, draft.title().trim(), draft.covers().trim(), draft.meetingId(),
                request.id(), user.username(), LocalDateTime.now(clock));
        audit.record("CREATE", "followUp", id, area.title() + ": " + draft.title().trim());
        cycleService.advanceTo(area.cycleId(), Stage.FOLLOW_UP);
        return repository.byId(id).orElseThrow();
    }

    /** FoU's text of one report section; an empty text removes the section. */
    @Transactional
    public FollowUp saveSection(long followUpId, FollowUp.Section section, String text) {
        AppUserPrincipal user = AccessGuard.requireRole("editFollowUp", Role.FOU);
        FollowUp followUp = followUp(followUpId);
        if (section == null) {
            throw new ValidationException(messages.get("followUp.error.section"));
        }
        TextLimit.TEXT.check(messages, StringUtils.hasText(text) ? text.trim() : null, section.labelKey());
        repository.saveSection(followUpId, section, StringUtils.hasText(text) ? text.trim() : null, user.username(),
                LocalDateTime.now(clock));
        audit.recordIfChanged("EDIT", "followUp", followUpId, null, followUp.title() + ": " + section, AuditChanges.of()
                .field(section.labelKey(), followUp.sections().get(section), StringUtils.hasText(text) ? text.trim() : null));
        return followUp(followUpId);
    }

    /** Every milestone of the decided plan with where it stands, in the plan's order. */
    @Transactional(readOnly = true)
    public List<MilestoneProgress> progress(long developmentAreaId) {
        ImprovementArea area = improvementArea(developmentAreaId);
        return MilestoneProgressService.inPlanOrder(area,
                repository.reachedOfAreas(List.of(developmentAreaId)).getOrDefault(developmentAreaId, Map.of()));
    }

    /**
     * FoU records that a milestone of the decided plan was reached (a day not in the future) with a short note; no day
     * takes the mark back. The plan itself stays as decided.
     */
    @Transactional
    public List<MilestoneProgress> markReached(long developmentAreaId, Plan.Milestone milestone,
                                               LocalDate reachedOn, String note) {
        AppUserPrincipal user = AccessGuard.requireRole("markMilestone", Role.FOU);
        ImprovementArea area = improvementArea(developmentAreaId);
        if (milestone == null || !area.plan().milestones().contains(milestone)) {
            throw new ValidationException(messages.get("followUp.error.milestone"));
        }
        if (reachedOn != null && reachedOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(messages.get("followUp.error.reachedInFuture"));
        }
        TextLimit.TEXT.check(messages, StringUtils.hasText(note) ? note.trim() : null, "followUp.reachedNote");
        repository.markReached(developmentAreaId, milestone, reachedOn, StringUtils.hasText(note) ? note.trim() : null,
                user.username(), LocalDateTime.now(clock));
        audit.record("MILESTONE", "developmentArea", developmentAreaId, milestone.title() + ": "
                + (reachedOn == null ? "inte uppnått" : "uppnått " + reachedOn));
        return progress(developmentAreaId);
    }

    @Transactional(readOnly = true)
    public FollowUp followUp(long followUpId) {
        CurrentUser.require();
        return repository.byId(followUpId).orElseThrow(() -> new NotFoundException(messages.get("followUp.error.notFound")));
    }

    /**
     * The indicators behind the area in the decision's year and in the first later year of the same area with results,
     * as the reader may see them (a contact sees the later year's regional figures once they are published).
     */
    @Transactional(readOnly = true)
    public List<IndicatorMovement> movement(long developmentAreaId) {
        ImprovementArea area = improvementArea(developmentAreaId);
        Cycle decided = cycleService.cycle(area.cycleId());
        Optional<Cycle> later = cycleService.cycles().stream()
                .filter(c -> c.areaId() == decided.areaId() && c.year() > decided.year() && c.hasResults())
                .min(Comparator.comparingInt(Cycle::year));
        Map<String, IndicatorRow> then = resultsService.results(decided.id()).byCode();
        Map<String, IndicatorRow> now = later.map(c -> resultsService.results(c.id()).byCode()).orElse(Map.of());
        return area.indicatorCodes().stream().map(code -> new IndicatorMovement(code, decided.year(), then.get(code),
                later.map(Cycle::year).orElse(null), now.get(code))).toList();
    }

    /** The area's indicators across every imported year of its area, as the reader may see them (see TrendService). */
    @Transactional(readOnly = true)
    public AreaTrend trend(long developmentAreaId) {
        return trends.trend(improvementArea(developmentAreaId));
    }

    /** FoU's own wording of an indicator's trend sentence; an empty text returns to the generated sentence. */
    @Transactional
    public void editTrendSentence(long developmentAreaId, String indicatorCode, String text) {
        trends.editSentence(improvementArea(developmentAreaId), indicatorCode, text);
    }

    /** How far the municipalities have come with a follow-up's request: submitted of all, for the screen. */
    @Transactional(readOnly = true)
    public Optional<Request> request(FollowUp followUp) {
        return followUp.requestId() == null ? Optional.empty() : Optional.of(submissionService.request(followUp.requestId()));
    }

    /**
     * The follow-up report of an improvement area as PDF: the same for every reader, so the municipalities' answers
     * appear once FoU has published them (until then the report says so).
     */
    @Transactional(readOnly = true)
    public void writePdf(long developmentAreaId, OutputStream out) {
        ImprovementArea area = improvementArea(developmentAreaId);
        List<FollowUpPdf.Part> parts = repository.ofArea(developmentAreaId).stream().map(f -> {
            Request request = f.requestId() == null ? null : submissionService.request(f.requestId());
            CompiledAnswers answers = request != null && request.answersPublished() ? submissionService.compiled(request.id()) : null;
            return new FollowUpPdf.Part(f, request, answers, statistics.published(f, request, answers));
        }).toList();
        FollowUpPdf.write(area, progress(developmentAreaId), movement(developmentAreaId), trend(developmentAreaId), parts, regionName, messages, LocalDate.now(clock), out);
    }
}
