package se.fou.oj.decision;

import java.util.List;
import se.fou.oj.analysis.Proposal;

/**
 * Where the decision on one proposal stands: the votes so far, how many municipalities approved against the quorum,
 * and the outcome once there is one (null while open).
 */
public record DecisionState(Proposal proposal, List<Vote> votes, int approvals, int quorum, ProposalDecision decision) {

    public boolean open() {
        return decision == null;
    }

    public boolean votedBy(long userId) {
        return votes.stream().anyMatch(v -> v.userId() == userId);
    }
}
