package se.fou.oj.decision;

import java.util.List;
import se.fou.oj.analysis.Plan;

/** A decided improvement area: the development area, why, the approved plan, and the decision with its approvals. */
public record ImprovementArea(long developmentAreaId, long cycleId, String cycleTitle, String title, String need,
                              List<String> indicatorCodes, String motivation, Plan plan, ProposalDecision decision,
                              List<Vote> approvals) {
}
