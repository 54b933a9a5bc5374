package se.fou.oj.actionplan;

/**
 * The address of the action plans' page, for other features' links (the follow-up, the overview): they link by
 * address, never by this feature's view class. Kept equal to the view's {@code @Route} by {@code ActionPlanViewKT}.
 */
public final class ActionPlanRoutes {

    public static final String ROUTE = "improvement-areas/:areaId/action-plans";

    private ActionPlanRoutes() {
    }

    /** The action plans of a decided improvement area, e.g. {@code improvement-areas/5/action-plans}. */
    public static String actionPlans(long developmentAreaId) {
        return ROUTE.replace(":areaId", String.valueOf(developmentAreaId));
    }
}
