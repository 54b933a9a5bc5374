package se.fou.oj.analysis;

import static se.fou.oj.db.Tables.ANALYSIS_PROPOSAL;
import static se.fou.oj.db.Tables.ANALYSIS_REPORT;
import static se.fou.oj.db.Tables.PLAN_MILESTONE;
import static se.fou.oj.db.Tables.PLAN_RESPONSIBILITY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import se.fou.oj.db.tables.records.AnalysisProposalRecord;

/**
 * The analysis module's tables only: a proposal's area title and a responsibility's municipality name are left empty
 * here and filled in by {@link AnalysisReports} from the modules that own them.
 */
@Repository
class AnalysisRepository {

    private final DSLContext dsl;

    AnalysisRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every version of the cycle's report, newest first. */
    List<AnalysisReport> reportsOfCycle(long cycleId) {
        return dsl.select(ANALYSIS_REPORT.ID).from(ANALYSIS_REPORT).where(ANALYSIS_REPORT.CYCLE_ID.eq(cycleId))
                .orderBy(ANALYSIS_REPORT.VERSION_NO.desc()).fetch(ANALYSIS_REPORT.ID).stream()
                .map(id -> report(id).orElseThrow()).toList();
    }

    /**
     * Every version of the cycles' reports, by cycle and newest first within each, with their proposals and plans:
     * four queries however many cycles, versions and proposals (the same rows as {@link #reportsOfCycle} each).
     */
    List<AnalysisReport> reportsOfCycles(Collection<Long> cycleIds) {
        var reports = dsl.selectFrom(ANALYSIS_REPORT).where(ANALYSIS_REPORT.CYCLE_ID.in(cycleIds))
                .orderBy(ANALYSIS_REPORT.CYCLE_ID, ANALYSIS_REPORT.VERSION_NO.desc()).fetch();
        if (reports.isEmpty()) {
            return List.of();
        }
        var proposalRows = dsl.selectFrom(ANALYSIS_PROPOSAL).where(ANALYSIS_PROPOSAL.REPORT_ID.in(reports.getValues(ANALYSIS_REPORT.ID)))
                .orderBy(ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID, ANALYSIS_PROPOSAL.ID).fetch();
        Map<Long, List<Proposal>> proposals = new HashMap<>();
        withPlans(proposalRows).forEach(p -> proposals.computeIfAbsent(p.reportId(), k -> new ArrayList<>()).add(p));
        return reports.map(r -> new AnalysisReport(r.getId(), r.getCycleId(), r.getVersionNo(),
                AnalysisReport.Status.valueOf(r.getStatus()), r.getIntroduction(), r.getAnalysis(), r.getUpdatedBy(),
                r.getUpdatedAt(), r.getSentBy(), r.getSentAt(), proposals.getOrDefault(r.getId(), List.of())));
    }

    /** The proposals of the rows with their plans, in the rows' order: two queries for all the plans. */
    private List<Proposal> withPlans(List<AnalysisProposalRecord> proposalRows) {
        Map<Long, List<Plan.Milestone>> milestones = new HashMap<>();
        Map<Long, List<Plan.Responsibility>> responsibilities = new HashMap<>();
        if (!proposalRows.isEmpty()) {
            List<Long> proposalIds = proposalRows.stream().map(AnalysisProposalRecord::getId).toList();
            dsl.selectFrom(PLAN_MILESTONE).where(PLAN_MILESTONE.PROPOSAL_ID.in(proposalIds))
                    .orderBy(PLAN_MILESTONE.PROPOSAL_ID, PLAN_MILESTONE.POSITION)
                    .forEach(m -> milestones.computeIfAbsent(m.getProposalId(), k -> new ArrayList<>())
                            .add(new Plan.Milestone(m.getDueOn(), m.getTitle())));
            dsl.selectFrom(PLAN_RESPONSIBILITY).where(PLAN_RESPONSIBILITY.PROPOSAL_ID.in(proposalIds))
                    .orderBy(PLAN_RESPONSIBILITY.PROPOSAL_ID, PLAN_RESPONSIBILITY.POSITION)
                    .forEach(x -> responsibilities.computeIfAbsent(x.getProposalId(), k -> new ArrayList<>())
                            .add(new Plan.Responsibility(Plan.Responsible.valueOf(x.getResponsible()), x.getMunicipalityId(),
                                    null, x.getTask())));
        }
        return proposalRows.stream().map(p -> new Proposal(p.getId(), p.getReportId(), p.getDevelopmentAreaId(), null,
                p.getMotivation(), new Plan(p.getPlanStartsOn(), p.getPlanEndsOn(),
                        milestones.getOrDefault(p.getId(), List.of()), responsibilities.getOrDefault(p.getId(), List.of()))))
                .toList();
    }

    Optional<AnalysisReport> report(long id) {
        return dsl.select(ANALYSIS_REPORT.ID, ANALYSIS_REPORT.CYCLE_ID, ANALYSIS_REPORT.VERSION_NO, ANALYSIS_REPORT.STATUS,
                        ANALYSIS_REPORT.INTRODUCTION, ANALYSIS_REPORT.ANALYSIS, ANALYSIS_REPORT.UPDATED_BY,
                        ANALYSIS_REPORT.UPDATED_AT, ANALYSIS_REPORT.SENT_BY, ANALYSIS_REPORT.SENT_AT)
                .from(ANALYSIS_REPORT).where(ANALYSIS_REPORT.ID.eq(id))
                .fetchOptional(r -> new AnalysisReport(r.get(ANALYSIS_REPORT.ID), r.get(ANALYSIS_REPORT.CYCLE_ID),
                        r.get(ANALYSIS_REPORT.VERSION_NO), AnalysisReport.Status.valueOf(r.get(ANALYSIS_REPORT.STATUS)),
                        r.get(ANALYSIS_REPORT.INTRODUCTION), r.get(ANALYSIS_REPORT.ANALYSIS), r.get(ANALYSIS_REPORT.UPDATED_BY),
                        r.get(ANALYSIS_REPORT.UPDATED_AT), r.get(ANALYSIS_REPORT.SENT_BY), r.get(ANALYSIS_REPORT.SENT_AT),
                        proposals(id)));
    }

    private List<Proposal> proposals(long reportId) {
        return dsl.select(ANALYSIS_PROPOSAL.asterisk()).from(ANALYSIS_PROPOSAL)
                .where(ANALYSIS_PROPOSAL.REPORT_ID.eq(reportId)).orderBy(ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID)
                .fetch(this::proposal);
    }

    Optional<Proposal> proposal(long proposalId) {
        return dsl.select(ANALYSIS_PROPOSAL.asterisk()).from(ANALYSIS_PROPOSAL)
                .where(ANALYSIS_PROPOSAL.ID.eq(proposalId)).fetchOptional(this::proposal);
    }

    /** Those of the given proposals that belong to a version sent for decision, in the order of their ids. */
    List<Proposal> sentProposals(Collection<Long> proposalIds) {
        return dsl.select(ANALYSIS_PROPOSAL.asterisk()).from(ANALYSIS_PROPOSAL)
                .join(ANALYSIS_REPORT).on(ANALYSIS_REPORT.ID.eq(ANALYSIS_PROPOSAL.REPORT_ID))
                .where(ANALYSIS_PROPOSAL.ID.in(proposalIds), ANALYSIS_REPORT.STATUS.eq(AnalysisReport.Status.FOR_DECISION.name()))
                .orderBy(ANALYSIS_PROPOSAL.ID).fetchInto(ANALYSIS_PROPOSAL).stream()
                .collect(Collectors.collectingAndThen(Collectors.toList(), this::withPlans));
    }

    /** The ids of the proposals in every version sent for decision of the cycles, by cycle, each in the order of ids. */
    Map<Long, List<Long>> sentProposalIdsOfCycles(Collection<Long> cycleIds) {
        Map<Long, List<Long>> byCycle = new HashMap<>();
        dsl.select(ANALYSIS_REPORT.CYCLE_ID, ANALYSIS_PROPOSAL.ID).from(ANALYSIS_PROPOSAL)
                .join(ANALYSIS_REPORT).on(ANALYSIS_REPORT.ID.eq(ANALYSIS_PROPOSAL.REPORT_ID))
                .where(ANALYSIS_REPORT.CYCLE_ID.in(cycleIds), ANALYSIS_REPORT.STATUS.eq(AnalysisReport.Status.FOR_DECISION.name()))
                .orderBy(ANALYSIS_PROPOSAL.ID)
                .forEach(r -> byCycle.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byCycle;
    }

    /** The proposals of every version of the cycle that was sent for decision. */
    List<Long> sentProposalIds(long cycleId) {
        return dsl.select(ANALYSIS_PROPOSAL.ID).from(ANALYSIS_PROPOSAL)
                .join(ANALYSIS_REPORT).on(ANALYSIS_REPORT.ID.eq(ANALYSIS_PROPOSAL.REPORT_ID))
                .where(ANALYSIS_REPORT.CYCLE_ID.eq(cycleId), ANALYSIS_REPORT.STATUS.eq(AnalysisReport.Status.FOR_DECISION.name()))
                .orderBy(ANALYSIS_PROPOSAL.ID).fetch(ANALYSIS_PROPOSAL.ID);
    }

    private Proposal proposal(Record r) {
        long id = r.get(ANALYSIS_PROPOSAL.ID);
        List<Plan.Milestone> milestones = dsl.selectFrom(PLAN_MILESTONE).where(PLAN_MILESTONE.PROPOSAL_ID.eq(id))
                .orderBy(PLAN_MILESTONE.POSITION).fetch(m -> new Plan.Milestone(m.getDueOn(), m.getTitle()));
        List<Plan.Responsibility> responsibilities = dsl.selectFrom(PLAN_RESPONSIBILITY)
                .where(PLAN_RESPONSIBILITY.PROPOSAL_ID.eq(id)).orderBy(PLAN_RESPONSIBILITY.POSITION)
                .fetch(x -> new Plan.Responsibility(Plan.Responsible.valueOf(x.getResponsible()), x.getMunicipalityId(),
                        null, x.getTask()));
        return new Proposal(id, r.get(ANALYSIS_PROPOSAL.REPORT_ID), r.get(ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID),
                null, r.get(ANALYSIS_PROPOSAL.MOTIVATION),
                new Plan(r.get(ANALYSIS_PROPOSAL.PLAN_STARTS_ON), r.get(ANALYSIS_PROPOSAL.PLAN_ENDS_ON), milestones,
                        responsibilities));
    }

    long insertReport(long cycleId, int versionNo, String introduction, String analysis, String by, LocalDateTime at) {
        return dsl.insertInto(ANALYSIS_REPORT).set(ANALYSIS_REPORT.CYCLE_ID, cycleId).set(ANALYSIS_REPORT.VERSION_NO, versionNo)
                .set(ANALYSIS_REPORT.INTRODUCTION, introduction).set(ANALYSIS_REPORT.ANALYSIS, analysis)
                .set(ANALYSIS_REPORT.CREATED_BY, by).set(ANALYSIS_REPORT.CREATED_AT, at)
                .returning(ANALYSIS_REPORT.ID).fetchOne().getId();
    }

    /** Only a draft changes: returns false when the version was frozen meanwhile. */
    boolean saveTexts(long reportId, String introduction, String analysis, String by, LocalDateTime at) {
        return dsl.update(ANALYSIS_REPORT).set(ANALYSIS_REPORT.INTRODUCTION, introduction).set(ANALYSIS_REPORT.ANALYSIS, analysis)
                .set(ANALYSIS_REPORT.UPDATED_BY, by).set(ANALYSIS_REPORT.UPDATED_AT, at)
                .where(ANALYSIS_REPORT.ID.eq(reportId), ANALYSIS_REPORT.STATUS.eq(AnalysisReport.Status.DRAFT.name()))
                .execute() == 1;
    }

    long saveProposal(long reportId, long areaId, String motivation) {
        Long existing = dsl.select(ANALYSIS_PROPOSAL.ID).from(ANALYSIS_PROPOSAL)
                .where(ANALYSIS_PROPOSAL.REPORT_ID.eq(reportId), ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID.eq(areaId))
                .fetchOne(ANALYSIS_PROPOSAL.ID);
        if (existing != null) {
            dsl.update(ANALYSIS_PROPOSAL).set(ANALYSIS_PROPOSAL.MOTIVATION, motivation)
                    .where(ANALYSIS_PROPOSAL.ID.eq(existing)).execute();
            return existing;
        }
        return dsl.insertInto(ANALYSIS_PROPOSAL).set(ANALYSIS_PROPOSAL.REPORT_ID, reportId)
                .set(ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID, areaId).set(ANALYSIS_PROPOSAL.MOTIVATION, motivation)
                .returning(ANALYSIS_PROPOSAL.ID).fetchOne().getId();
    }

    void removeProposal(long reportId, long areaId) {
        dsl.deleteFrom(ANALYSIS_PROPOSAL)
                .where(ANALYSIS_PROPOSAL.REPORT_ID.eq(reportId), ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID.eq(areaId)).execute();
    }

    void savePlan(long proposalId, Plan plan) {
        dsl.update(ANALYSIS_PROPOSAL).set(ANALYSIS_PROPOSAL.PLAN_STARTS_ON, plan.startsOn())
                .set(ANALYSIS_PROPOSAL.PLAN_ENDS_ON, plan.endsOn()).where(ANALYSIS_PROPOSAL.ID.eq(proposalId)).execute();
        dsl.deleteFrom(PLAN_MILESTONE).where(PLAN_MILESTONE.PROPOSAL_ID.eq(proposalId)).execute();
        dsl.deleteFrom(PLAN_RESPONSIBILITY).where(PLAN_RESPONSIBILITY.PROPOSAL_ID.eq(proposalId)).execute();
        int position = 0;
        for (Plan.Milestone milestone : plan.milestones()) {
            dsl.insertInto(PLAN_MILESTONE).set(PLAN_MILESTONE.PROPOSAL_ID, proposalId).set(PLAN_MILESTONE.POSITION, ++position)
                    .set(PLAN_MILESTONE.DUE_ON, milestone.dueOn()).set(PLAN_MILESTONE.TITLE, milestone.title()).execute();
        }
        position = 0;
        for (Plan.Responsibility row : plan.responsibilities()) {
            dsl.insertInto(PLAN_RESPONSIBILITY).set(PLAN_RESPONSIBILITY.PROPOSAL_ID, proposalId)
                    .set(PLAN_RESPONSIBILITY.POSITION, ++position).set(PLAN_RESPONSIBILITY.RESPONSIBLE, row.responsible().name())
                    .set(PLAN_RESPONSIBILITY.MUNICIPALITY_ID, row.municipalityId()).set(PLAN_RESPONSIBILITY.TASK, row.task())
                    .execute();
        }
    }

    /** Freezes the draft with the PDF as sent; false when it was no longer a draft. */
    boolean freeze(long reportId, byte[] pdf, String by, LocalDateTime at) {
        return dsl.update(ANALYSIS_REPORT).set(ANALYSIS_REPORT.STATUS, AnalysisReport.Status.FOR_DECISION.name())
                .set(ANALYSIS_REPORT.PDF, pdf).set(ANALYSIS_REPORT.SENT_BY, by).set(ANALYSIS_REPORT.SENT_AT, at)
                .where(ANALYSIS_REPORT.ID.eq(reportId), ANALYSIS_REPORT.STATUS.eq(AnalysisReport.Status.DRAFT.name()))
                .execute() == 1;
    }

    /**
     * Locks the report's row for the rest of the transaction. Called first, before any other read, so that the
     * transaction's snapshot starts after a concurrent send for decision has committed: a proposal or plan can then
     * never be written into a version that was frozen meanwhile.
     */
    void lockReport(long reportId) {
        dsl.select(ANALYSIS_REPORT.ID).from(ANALYSIS_REPORT).where(ANALYSIS_REPORT.ID.eq(reportId)).forUpdate().fetch();
    }

    /**
     * Locks the proposal's row for the rest of the transaction, before a vote on it: two members casting the last
     * missing votes at once are serialized, so the second counts the first's vote (see DecisionService).
     */
    void lockProposal(long proposalId) {
        dsl.select(ANALYSIS_PROPOSAL.ID).from(ANALYSIS_PROPOSAL).where(ANALYSIS_PROPOSAL.ID.eq(proposalId)).forUpdate().fetch();
    }

    /** The cycles the given report versions belong to, each once. */
    List<Long> cyclesOfReports(Collection<Long> reportIds) {
        return dsl.selectDistinct(ANALYSIS_REPORT.CYCLE_ID).from(ANALYSIS_REPORT).where(ANALYSIS_REPORT.ID.in(reportIds))
                .fetch(ANALYSIS_REPORT.CYCLE_ID);
    }

    Optional<Long> reportOfProposal(long proposalId) {
        return dsl.select(ANALYSIS_PROPOSAL.REPORT_ID).from(ANALYSIS_PROPOSAL).where(ANALYSIS_PROPOSAL.ID.eq(proposalId))
                .fetchOptional(ANALYSIS_PROPOSAL.REPORT_ID);
    }

    Optional<byte[]> pdf(long reportId) {
        return dsl.select(ANALYSIS_REPORT.PDF).from(ANALYSIS_REPORT).where(ANALYSIS_REPORT.ID.eq(reportId))
                .fetchOptional(ANALYSIS_REPORT.PDF).filter(Objects::nonNull);
    }

}
