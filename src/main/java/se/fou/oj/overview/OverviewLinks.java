package se.fou.oj.overview;

/**
 * The addresses the overview's rows link to, for pages whose feature keeps no route constant of its own (the others
 * come from {@code MeetingRoutes}, {@code SubmissionRoutes}, {@code ResultsRoutes}, {@code ActionPlanRoutes}). Kept
 * equal to the views' {@code @Route} by {@code OverviewViewKT}, which follows the links.
 */
final class OverviewLinks {

    private OverviewLinks() {
    }

    /** A decided improvement area's follow-up page. */
    static String followUp(long developmentAreaId) {
        return "improvement-areas/" + developmentAreaId + "/follow-up";
    }
}
