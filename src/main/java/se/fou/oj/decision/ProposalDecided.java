package se.fou.oj.decision;

/**
 * The social chiefs' group decided a proposal of the short analysis: approved, it is an improvement area of the
 * region; not approved, it went back to FoU.
 */
public record ProposalDecided(long cycleId, long proposalId, long developmentAreaId, String areaTitle,
                              boolean approved) {
}
