package se.fou.oj.results;

/**
 * The addresses of the results' pages, for other features' links: they link by address, never by this feature's view
 * class. Kept equal to the view's {@code @Route} by {@code MainMenuKT}.
 */
public final class ResultsRoutes {

    private ResultsRoutes() {
    }

    /** A cycle's results, e.g. {@code cycles/5/results}. */
    public static String results(long cycleId) {
        return "cycles/" + cycleId + "/results";
    }
}
