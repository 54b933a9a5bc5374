package se.fou.oj.decision;

import java.time.LocalDateTime;

/**
 * The outcome for a proposal: approved when the quorum of the social chiefs' group approved it, or as recorded by FoU
 * from a meeting on the group's behalf; or sent back to FoU with a comment.
 */
public record ProposalDecision(long proposalId, Outcome outcome, LocalDateTime decidedAt, String recordedBy,
                               boolean onBehalfOfGroup, Long meetingId, String comment) {

    public enum Outcome {
        APPROVED, SENT_BACK;

        public String labelKey() {
            return "decision.outcome." + name();
        }
    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }
}
