package se.fou.oj.decision;

import static se.fou.oj.db.Tables.DECISION_VOTE;
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
     * The votes on the proposals, in the order cast; the municipality's name is left empty here and filled in by the
     * service from the region's list (the municipalities are region's table).
     */
    Map<Long, List<Vote>> votes(Collection<Long> proposalIds) {
        return dsl.selectFrom(DECISION_VOTE)
                .where(DECISION_VOTE.PROPOSAL_ID.in(proposalIds)).orderBy(DECISION_VOTE.VOTED_AT, DECISION_VOTE.ID)
                .fetch(r -> new Vote(r.getProposalId(), r.getUserId(), r.getUserName(), r.getMunicipalityId(), null,
                        Vote.Kind.valueOf(r.getVote()), r.getVoteComment(), r.getVotedAt()))
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

    /** Those of the given proposals whose decision approved them, in the order they were decided. */
    List<Long> approvedAmong(Collection<Long> proposalIds) {
        return dsl.select(PROPOSAL_DECISION.PROPOSAL_ID).from(PROPOSAL_DECISION)
                .where(PROPOSAL_DECISION.PROPOSAL_ID.in(proposalIds),
                        PROPOSAL_DECISION.OUTCOME.eq(ProposalDecision.Outcome.APPROVED.name()))
                .orderBy(PROPOSAL_DECISION.ID).fetch(PROPOSAL_DECISION.PROPOSAL_ID);
    }

    private static ProposalDecision decision(Record r) {
        return new ProposalDecision(r.get(PROPOSAL_DECISION.PROPOSAL_ID),
                ProposalDecision.Outcome.valueOf(r.get(PROPOSAL_DECISION.OUTCOME)), r.get(PROPOSAL_DECISION.DECIDED_AT),
                r.get(PROPOSAL_DECISION.RECORDED_BY), Boolean.TRUE.equals(r.get(PROPOSAL_DECISION.ON_BEHALF_OF_GROUP)),
                r.get(PROPOSAL_DECISION.MEETING_ID), r.get(PROPOSAL_DECISION.DECISION_COMMENT));
    }
}
