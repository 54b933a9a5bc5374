package se.fou.oj.analysis;

/** FoU sent a cycle's short analysis to the social chiefs' group, which now decides on its proposals. */
public record AnalysisSentForDecision(long cycleId, String cycleTitle, long reportId) {
}
