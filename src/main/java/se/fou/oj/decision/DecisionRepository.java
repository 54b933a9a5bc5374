package se.fou.oj.decision;

import static se.fou.oj.db.Tables.ANALYSIS_PROPOSAL;
import static se.fou.oj.db.Tables.ANALYSIS_REPORT;
import static se.fou.oj.db.Tables.DECISION_VOTE;
import static se.fou.oj.db.Tables.MUNICIPALITY;
import static se.fou.oj.db.Tables.PROPOSAL_DECISION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private final DSLContext dsl;

    DecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the proposal's row for the rest of the transaction. Called before any other read, so that two members
     * casting the last missing votes at once are serialized and the second counts the first's vote: otherwise each
     * would count only its own and the quorum, though reached, would never be recorded.
     */
    void lockProposal(long proposalId) {
        dsl.select(ANALYSIS_PROPOSAL.ID).from(ANALYSIS_PROPOSAL).where(ANALYSIS_PROPOSAL.ID.eq(proposalId)).forUpdate().fetch();
    }

    Map<Long, List<Vote>> votes(Collection<Long> proposalIds) {
        return dsl.select(DECISION_VOTE.asterisk(), MUNICIPALITY.NAME).from(DECISION_VOTE)
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.ID.eq(DECISION_VOTE.MUNICIPALITY_ID))
                .where(DECISION_VOTE.PROPOSAL_ID.in(proposalIds)).orderBy(DECISION_VOTE.VOTED_AT, DECISION_VOTE.ID)
                .fetch(r -> new Vote(r.get(DECISION_VOTE.PROPOSAL_ID), r.get(DECISION_VOTE.USER_ID), r.get(DECISION_VOTE.USER_NAME),
                        r.get(DECISION_VOTE.MUNICIPALITY_ID), r.get(MUNICIPALITY.NAME), Vote.Kind.valueOf(r.get(DECISION_VOTE.VOTE)),
                        r.get(DECISION_VOTE.VOTE_COMMENT), r.get(DECISION_VOTE.VOTED_AT)))
                .stream().collect(Collectors.groupingBy(Vote::proposalId));
    }

    /** A social chief's vote; voting again replaces their earlier vote on the same proposal. */
    void saveVote(long proposalId, long userId, String userName, Long municipalityId, Vote.Kind kind, String comment,
                  LocalDateTime at) {
        dsl.deleteFrom(DECISION_VOTE).where(DECISION_VOTE.PROPOSAL_ID.eq(proposalId), DECISION_VOTE.USER_ID.eq(userId)).execute();
        dsl.insertInto(DECISION_VOTE).set(DECISION_VOTE.PROPOSAL_ID, proposalId).set(DECISION_VOTE.USER_ID, userId)
                .set(DECISION_VOTE.USER_NAME, userName).set(DECISION_VOTE.MUNICIPALITY_ID, municipalityId)
                .set(DECISION_VOTE.VOTE, kind.name()).set(DECISION_VOTE.VOTE_COMMENT, comment).set(DECISION_VOTE.VOTED_AT, at)
                .execute();
    }

    Map<Long, ProposalDecision> decisions(Collection<Long> proposalIds) {
        return dsl.selectFrom(PROPOSAL_DECISION).where(PROPOSAL_DECISION.PROPOSAL_ID.in(proposalIds))
                .fetch(DecisionRepository::decision).stream()
                .collect(Collectors.toMap(ProposalDecision::proposalId, d -> d));
    }

    Optional<ProposalDecision> decision(long proposalId) {
        return Optional.ofNullable(decisions(List.of(proposalId)).get(proposalId));
    }

    /**
     * Records the outcome; the unique key on the proposal lets only the first of two simultaneous last votes win,
     * returning false for the other.
     */
    boolean insertDecision(ProposalDecision decision) {
        return dsl.insertInto(PROPOSAL_DECISION).set(PROPOSAL_DECISION.PROPOSAL_ID, decision.proposalId())
                .set(PROPOSAL_DECISION.OUTCOME, decision.outcome().name()).set(PROPOSAL_DECISION.DECIDED_AT, decision.decidedAt())
                .set(PROPOSAL_DECISION.RECORDED_BY, decision.recordedBy())
                .set(PROPOSAL_DECISION.ON_BEHALF_OF_GROUP, decision.onBehalfOfGroup())
                .set(PROPOSAL_DECISION.MEETING_ID, decision.meetingId()).set(PROPOSAL_DECISION.DECISION_COMMENT, decision.comment())
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** The proposals of a cycle (any version) whose decision approved them, in the order the areas were identified. */
    List<Long> approvedProposalsOfCycle(long cycleId) {
        return dsl.select(PROPOSAL_DECISION.PROPOSAL_ID).from(PROPOSAL_DECISION)
                .join(ANALYSIS_PROPOSAL).on(ANALYSIS_PROPOSAL.ID.eq(PROPOSAL_DECISION.PROPOSAL_ID))
                .join(ANALYSIS_REPORT).on(ANALYSIS_REPORT.ID.eq(ANALYSIS_PROPOSAL.REPORT_ID))
                .where(ANALYSIS_REPORT.CYCLE_ID.eq(cycleId),
                        PROPOSAL_DECISION.OUTCOME.eq(ProposalDecision.Outcome.APPROVED.name()))
                .orderBy(ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID, PROPOSAL_DECISION.ID).fetch(PROPOSAL_DECISION.PROPOSAL_ID);
    }

    private static ProposalDecision decision(Record r) {
        return new ProposalDecision(r.get(PROPOSAL_DECISION.PROPOSAL_ID),
                ProposalDecision.Outcome.valueOf(r.get(PROPOSAL_DECISION.OUTCOME)), r.get(PROPOSAL_DECISION.DECIDED_AT),
                r.get(PROPOSAL_DECISION.RECORDED_BY), Boolean.TRUE.equals(r.get(PROPOSAL_DECISION.ON_BEHALF_OF_GROUP)),
                r.get(PROPOSAL_DECISION.MEETING_ID), r.get(PROPOSAL_DECISION.DECISION_COMMENT));
    }
}
