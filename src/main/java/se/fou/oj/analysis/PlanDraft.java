package se.fou.oj.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as FoU enters it. Responsibility rows name who by municipal code, "ALLA" (all municipalities) or "FOU".
 */
public record PlanDraft(LocalDate startsOn, LocalDate endsOn, List<Plan.Milestone> milestones, List<ResponsibilityDraft> responsibilities) {

    /** {@code who}: a municipal code (0125), {@link #ALL} or {@link #FOU}. */
    public record ResponsibilityDraft(String who, String task) {
    }

    public static final String ALL = "ALLA";
    public static final String FOU = "FOU";
}
