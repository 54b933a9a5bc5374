package se.fou.oj.decision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.analysis.ProposalService;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.Stage;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.region.RegionService;

/**
 * The social chiefs' decision on the proposed improvement areas of the report sent for decision. Each member approves
 * or sends back each proposal; a proposal is approved, with its plan, once approvals from a quorum of the group's
 * municipalities are in ({@code app.decision.quorum}; by default a majority of the region's active municipalities).
 * A sending back (with a comment) returns the area to FoU at once. FoU may instead record a decision the group took
 * at a meeting, marked as taken on the group's behalf, with the meeting linked.
 */
@Service
public class DecisionService {

    private final DecisionRepository repository;
    private final AnalysisReportService reportService;
    private final ProposalService proposalService;
    private final DevelopmentAreaService developmentAreaService;
    private final CycleService cycleService;
    private final MeetingService meetingService;
    private final RegionService regionService;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;
    private final int configuredQuorum;

    DecisionService(DecisionRepository repository, AnalysisReportService reportService, ProposalService proposalService,
                    DevelopmentAreaService developmentAreaService, CycleService cycleService, MeetingService meetingService,
                    RegionService regionService, ApplicationEventPublisher events, AuditService audit,
                    Messages messages, Clock clock, @Value("${app.decision.quorum:0}") int configuredQuorum) {
        this.repository = repository;
        this.reportService = reportService;
        this.proposalService = proposalService;
        this.developmentAreaService = developmentAreaService;
        this.cycleService = cycleService;
        this.meetingService = meetingService;
        this.regionService = regionService;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.configuredQuorum = configuredQuorum;
    }

    /** Approvals needed: the configured number, or a majority of the region's active municipalities. */
    @Transactional(readOnly = true)
    public int quorum() {
        if (configuredQuorum > 0) {
            return configuredQuorum;
        }
        return regionService.activeMunicipalities().size() / 2 + 1;
    }

    /** Where each proposal of the report sent for decision stands; empty when nothing has been sent. */
    @Transactional(readOnly = true)
    public List<DecisionState> states(long cycleId) {
        CurrentUser.require();
        return reportService.forDecision(cycleId).map(this::states).orElse(List.of());
    }

    /**
     * {@link #states} of several cycles at once (e.g. for the start page), by cycle id; a cycle with nothing sent for
     * decision, or nothing the user may read, is left out. A fixed number of queries however many cycles.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<DecisionState>> statesOfCycles(Collection<Long> cycleIds) {
        CurrentUser.require();
        return states(reportService.forDecisionOfCycles(cycleIds));
    }

    /** Where each proposal of the given reports stands, by cycle id: one query each for the votes and decisions. */
    private Map<Long, List<DecisionState>> states(Map<Long, AnalysisReport> sent) {
        List<Long> ids = sent.values().stream().flatMap(r -> r.proposals().stream()).map(Proposal::id).toList();
        Map<Long, List<Vote>> votes = ids.isEmpty() ? Map.of() : votes(ids);
        Map<Long, ProposalDecision> decisions = ids.isEmpty() ? Map.of() : repository.decisions(ids);
        int quorum = ids.isEmpty() ? 0 : quorum();
        Map<Long, List<DecisionState>> byCycle = new LinkedHashMap<>();
        sent.forEach((cycleId, report) -> byCycle.put(cycleId, report.proposals().stream().map(p -> {
            List<Vote> of = votes.getOrDefault(p.id(), List.of());
            return new DecisionState(p, of, Vote.approvingMunicipalities(of), quorum, decisions.get(p.id()));
        }).toList()));
        return byCycle;
    }

    private List<DecisionState> states(AnalysisReport report) {
        return states(Map.of(report.cycleId(), report)).get(report.cycleId());
    }

    /** A social chief approves the proposal with its plan; the decision is taken when the quorum is reached. */
    @Transactional
    public DecisionState approve(long proposalId) {
        AppUserPrincipal user = AccessGuard.requireRole("approveImprovementArea", Role.SOCIAL_CHIEF);
        proposalService.lockForVote(proposalId);
        DecisionState state = openState(proposalId);
        LocalDateTime now = LocalDateTime.now(clock);
        repository.saveVote(proposalId, user.userId(), user.displayName(), user.municipalityId(), Vote.Kind.APPROVE, null, now);
        audit.record("APPROVE", "proposal", proposalId, state.proposal().areaTitle());
        DecisionState after = state(proposalId);
        if (after.approvals() >= after.quorum()) {
            decide(new ProposalDecision(proposalId, ProposalDecision.Outcome.APPROVED, now,
                    messages.get("decision.group"), false, null, null), after.proposal());
        }
        settleIfAllVoted(user, state.proposal());
        return state(proposalId);
    }

    /**
     * Once the member has taken a stand on every open proposal, her notification that the report awaits the group's
     * decision says she has done her part instead of still asking for it.
     */
    private void settleIfAllVoted(AppUserPrincipal user, Proposal proposal) {
        long cycleId = reportService.report(proposal.reportId()).cycleId();
        if (states(cycleId).stream().noneMatch(s -> s.open() && !s.votedBy(user.userId()))) {
            events.publishEvent(new MemberHasVoted(cycleId, user.userId()));
        }
    }

    /** A social chief sends the proposal back to FoU with a comment; the area returns to FoU for a new version. */
    @Transactional
    public DecisionState sendBack(long proposalId, String comment) {
        AppUserPrincipal user = AccessGuard.requireRole("sendBackImprovementArea", Role.SOCIAL_CHIEF);
        if (!StringUtils.hasText(comment)) {
            throw new ValidationException(messages.get("decision.error.comment"));
        }
        TextLimit.TEXT.check(messages, comment.trim(), "decision.comment");
        proposalService.lockForVote(proposalId);
        DecisionState state = openState(proposalId);
        LocalDateTime now = LocalDateTime.now(clock);
        repository.saveVote(proposalId, user.userId(), user.displayName(), user.municipalityId(), Vote.Kind.SEND_BACK,
                comment.trim(), now);
        decide(new ProposalDecision(proposalId, ProposalDecision.Outcome.SENT_BACK, now, user.displayName(), false, null,
                comment.trim()), state.proposal());
        settleIfAllVoted(user, state.proposal());
        return state(proposalId);
    }

    /**
     * FoU records the group's decision taken at a meeting of the cycle (typically the social chiefs' decision
     * meeting), marked as recorded on the group's behalf, with the meeting and its minutes linked.
     */
    @Transactional
    public DecisionState recordOnBehalf(long proposalId, ProposalDecision.Outcome outcome, Long meetingId, String comment) {
        AppUserPrincipal user = AccessGuard.requireRole("recordDecision", Role.FOU);
        proposalService.lockForVote(proposalId);
        DecisionState state = openState(proposalId);
        List<String> problems = new ArrayList<>();
        Meeting meeting = null;
        if (outcome == null) {
            problems.add(messages.get("decision.error.outcome"));
        }
        if (meetingId == null) {
            problems.add(messages.get("decision.error.meeting"));
        } else {
            meeting = meetingService.meeting(meetingId);
            long cycleId = reportService.report(state.proposal().reportId()).cycleId();
            if (meeting.cycleId() != cycleId) {
                problems.add(messages.get("decision.error.meetingOfOtherCycle"));
            }
        }
        if (outcome == ProposalDecision.Outcome.SENT_BACK && !StringUtils.hasText(comment)) {
            problems.add(messages.get("decision.error.comment"));
        }
        if (StringUtils.hasText(comment) && !TextLimit.TEXT.fits(comment.trim())) {
            problems.add(TextLimit.TEXT.problem(messages, comment.trim(), "decision.comment"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // The group decided at the meeting, so that is the decision's date; FoU's recording is in the audit
        decide(new ProposalDecision(proposalId, outcome, meeting.startsAt(), user.displayName(), true, meetingId,
                StringUtils.hasText(comment) ? comment.trim() : null), state.proposal());
        return state(proposalId);
    }

    /** The cycle's decided improvement areas with their approved plans; readable by everybody of the region. */
    @Transactional(readOnly = true)
    public List<ImprovementArea> improvementAreas(long cycleId) {
        CurrentUser.require();
        return improvementAreas(List.of(cycleService.cycle(cycleId)));
    }

    /** The improvement areas of every cycle, for the start page: a fixed number of queries however many cycles. */
    @Transactional(readOnly = true)
    public List<ImprovementArea> allImprovementAreas() {
        CurrentUser.require();
        return improvementAreas(cycleService.cycles());
    }

    /** The decided improvement areas of the cycles, cycle by cycle in the order given. */
    private List<ImprovementArea> improvementAreas(List<Cycle> cycles) {
        List<Long> cycleIds = cycles.stream().map(Cycle::id).toList();
        List<Long> sent = proposalService.sentProposalIdsOfCycles(cycleIds).values().stream().flatMap(List::stream).toList();
        List<Long> ids = sent.isEmpty() ? List.of() : repository.approvedAmong(sent);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProposalDecision> decisions = repository.decisions(ids);
        Map<Long, List<Vote>> votes = votes(ids);
        Map<Long, DevelopmentArea> areas = developmentAreaService.areasOfCycles(cycleIds).values().stream()
                .flatMap(List::stream).collect(Collectors.toMap(DevelopmentArea::id, Function.identity()));
        // Decided, their motivation and plan are the region's: read as the user, for that purpose (see ProposalService)
        List<Proposal> decided = proposalService.decidedProposals(ids);
        return cycles.stream().flatMap(cycle -> decided.stream()
                .filter(proposal -> areas.get(proposal.developmentAreaId()).cycleId() == cycle.id())
                // In the order the areas were identified (a stable sort keeps the order of decision within an area)
                .sorted(Comparator.comparingLong(Proposal::developmentAreaId))
                .map(proposal -> {
                    DevelopmentArea area = areas.get(proposal.developmentAreaId());
                    List<Vote> approvals = votes.getOrDefault(proposal.id(), List.of()).stream()
                            .filter(v -> v.kind() == Vote.Kind.APPROVE).toList();
                    return new ImprovementArea(area.id(), cycle.id(), cycle.title(), area.title(), area.need(),
                            area.indicatorCodes(), proposal.motivation(), proposal.plan(), decisions.get(proposal.id()), approvals);
                })).toList();
    }

    private void decide(ProposalDecision decision, Proposal proposal) {
        if (!repository.insertDecision(decision)) {
            throw new ValidationException(messages.get("decision.error.decided"));
        }
        audit.record(decision.outcome().name(), "proposal", proposal.id(), proposal.areaTitle()
                + (decision.onBehalfOfGroup() ? " (registrerat för socialchefsgruppen, möte " + decision.meetingId() + ")" : ""));
        // Those who decide (a social chief voting, FoU recording) read the version sent for decision themselves
        long cycleId = reportService.report(proposal.reportId()).cycleId();
        if (decision.approved()) {
            // The decision, not the member who cast the last vote, approves the area; markApproved lets those who
            // decide (the social chief whose vote completed the quorum, FoU recording) mark it, as themselves
            developmentAreaService.markApproved(proposal.developmentAreaId());
            // A decided improvement area starts the cycle's third stage: the improvement work and its follow-up
            cycleService.advanceTo(cycleId, Stage.FOLLOW_UP);
        }
        events.publishEvent(new ProposalDecided(cycleId, proposal.id(), proposal.developmentAreaId(),
                proposal.areaTitle(), decision.approved()));
    }

    /** The votes on the proposals, with each voter's municipality named from the region's list (one call). */
    private Map<Long, List<Vote>> votes(List<Long> proposalIds) {
        Map<Long, List<Vote>> votes = repository.votes(proposalIds);
        if (votes.isEmpty()) {
            return votes;
        }
        Map<Long, String> names = regionService.municipalityNames(votes.values().stream().flatMap(List::stream)
                .map(Vote::municipalityId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return votes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                .map(v -> new Vote(v.proposalId(), v.userId(), v.userName(), v.municipalityId(),
                        v.municipalityId() == null ? null : names.get(v.municipalityId()), v.kind(), v.comment(), v.votedAt()))
                .toList()));
    }

    /** The proposal must belong to the version sent for decision and still be open. */
    private DecisionState openState(long proposalId) {
        DecisionState state = state(proposalId);
        if (!state.open()) {
            throw new ValidationException(messages.get("decision.error.decided"));
        }
        return state;
    }

    private DecisionState state(long proposalId) {
        Proposal proposal = proposalService.proposal(proposalId);
        AnalysisReport report = reportService.report(proposal.reportId());
        AnalysisReport current = reportService.forDecision(report.cycleId())
                .orElseThrow(() -> new NotFoundException(messages.get("analysis.error.none")));
        if (current.id() != report.id()) {
            throw new ValidationException(messages.get("decision.error.oldVersion"));
        }
        return states(current).stream().filter(s -> s.proposal().id() == proposalId).findFirst().orElseThrow();
    }
}
