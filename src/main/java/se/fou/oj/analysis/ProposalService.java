package se.fou.oj.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.region.RegionService;

/**
 * The proposed improvement areas of the analysis report's draft: which development areas, why, and the plan for each.
 * The report they belong to (versions, texts, sending for decision, PDF) is {@link AnalysisReportService}'s. A proposal
 * is read by whoever may read its version; the social chiefs' decision (module {@code decision}) locks and reads the
 * proposals it decides on through the methods at the end.
 */
@Service
public class ProposalService {

    private final AnalysisRepository repository;
    private final AnalysisReports reports;
    private final DevelopmentAreaService developmentAreaService;
    private final RegionService regionService;
    private final AuditService audit;
    private final Messages messages;

    ProposalService(AnalysisRepository repository, AnalysisReports reports, DevelopmentAreaService developmentAreaService,
                    RegionService regionService, AuditService audit, Messages messages) {
        this.repository = repository;
        this.reports = reports;
        this.developmentAreaService = developmentAreaService;
        this.regionService = regionService;
        this.audit = audit;
        this.messages = messages;
    }

    /** A proposal of a version the current user may read. */
    @Transactional(readOnly = true)
    public Proposal proposal(long proposalId) {
        Proposal proposal = repository.proposal(proposalId).orElseThrow(reports::notFound);
        return reports.readableReport(proposal.reportId()).proposals().stream().filter(p -> p.id() == proposalId).findFirst()
                .orElseThrow(reports::notFound);
    }

    /** Proposes a development area of the cycle as an improvement area, or rewrites its motivation. */
    @Transactional
    public Proposal propose(long reportId, long developmentAreaId, String motivation) {
        AccessGuard.requireRole("proposeImprovementArea", Role.FOU);
        AnalysisReport report = reports.draft(reportId);
        DevelopmentArea area = developmentAreaService.developmentArea(developmentAreaId);
        if (area.cycleId() != report.cycleId()) {
            throw new ValidationException(messages.get("analysis.error.otherCycle"));
        }
        if (area.status() != DevelopmentArea.Status.SELECTED) {
            throw new ValidationException(messages.get("analysis.error.notSelected", area.title()));
        }
        if (!StringUtils.hasText(motivation)) {
            throw new ValidationException(messages.get("analysis.error.motivation"));
        }
        TextLimit.TEXT.check(messages, motivation.trim(), "analysis.motivation");
        long id = repository.saveProposal(reportId, developmentAreaId, motivation.trim());
        audit.record("PROPOSE", "analysisReport", reportId, area.title());
        return reports.named(repository.proposal(id).orElseThrow());
    }

    @Transactional
    public void withdrawProposal(long reportId, long developmentAreaId) {
        AccessGuard.requireRole("proposeImprovementArea", Role.FOU);
        reports.draft(reportId);
        repository.removeProposal(reportId, developmentAreaId);
        audit.record("WITHDRAW", "analysisReport", reportId, "Utvecklingsområde " + developmentAreaId);
    }

    /** FoU's proposed plan: a period, milestones inside it, and at least one row of who is responsible for what. */
    @Transactional
    public Proposal savePlan(long proposalId, PlanDraft draft) {
        AccessGuard.requireRole("editPlan", Role.FOU);
        reports.draft(repository.reportOfProposal(proposalId).orElseThrow(reports::notFound));
        Proposal proposal = reports.named(repository.proposal(proposalId).orElseThrow(reports::notFound));
        repository.savePlan(proposalId, PlanValidation.validate(draft, regionService, messages));
        Plan before = proposal.plan() == null ? Plan.EMPTY : proposal.plan();
        Plan after = reports.named(repository.proposal(proposalId).orElseThrow(reports::notFound)).plan();
        audit.record("PLAN", "analysisReport", proposal.reportId(), null, proposal.areaTitle(), AuditChanges.of()
                .field("planStartsOn", before.startsOn(), after.startsOn())
                .field("planEndsOn", before.endsOn(), after.endsOn())
                .field("milestones", PlanTexts.milestonesText(before), PlanTexts.milestonesText(after))
                .field("responsibilities", PlanTexts.responsibilitiesText(before, messages),
                        PlanTexts.responsibilitiesText(after, messages)));
        return reports.named(repository.proposal(proposalId).orElseThrow());
    }

    /**
     * Locks a proposal before a vote or a recorded decision on it, first thing in the deciding transaction, so that two
     * members casting the last missing votes at once are serialized and the second counts the first's vote. For those
     * who decide: a social chief voting, or FoU recording the group's decision; the proposal is returned as the
     * current user may read it (a version sent for decision).
     */
    @Transactional
    public Proposal lockForVote(long proposalId) {
        AccessGuard.requireRole("decideOnProposal", Role.SOCIAL_CHIEF, Role.FOU);
        repository.lockProposal(proposalId);
        return proposal(proposalId);
    }

    /** The ids of the proposals in every version of the cycle sent for decision: ids only, so anybody signed in. */
    @Transactional(readOnly = true)
    public List<Long> sentProposalIds(long cycleId) {
        CurrentUser.require();
        return repository.sentProposalIds(cycleId);
    }

    /** {@link #sentProposalIds} of several cycles at once, by cycle id; a cycle with none is left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> sentProposalIdsOfCycles(Collection<Long> cycleIds) {
        CurrentUser.require();
        return cycleIds.isEmpty() ? Map.of() : repository.sentProposalIdsOfCycles(cycleIds);
    }

    /**
     * Decided proposals for the region's overview of its improvement areas: once the social chiefs have decided on a
     * proposal, its motivation and plan are the whole region's, so anybody signed in reads them here even before they
     * may read the report they were sent in. Only proposals of versions sent for decision are returned (never a
     * draft's); which of them were decided is the caller's (module {@code decision}) to say. In the order given.
     */
    @Transactional(readOnly = true)
    public List<Proposal> decidedProposals(Collection<Long> proposalIds) {
        CurrentUser.require();
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Proposal> found = reports.named(repository.sentProposals(proposalIds)).stream()
                .collect(Collectors.toMap(Proposal::id, p -> p));
        return proposalIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
