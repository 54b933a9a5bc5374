package se.fou.oj.submission;

/**
 * The addresses of the requests' pages, for other features' links: they link by address, never by this feature's
 * view classes. Kept equal to the views' {@code @Route} by {@code MainMenuKT}.
 */
public final class SubmissionRoutes {

    private SubmissionRoutes() {
    }

    /** A cycle's requests to the municipalities, e.g. {@code cycles/5/requests}. */
    public static String requests(long cycleId) {
        return "cycles/" + cycleId + "/requests";
    }

    /** One municipality's answer to a request, e.g. {@code requests/7/submissions/0125}. */
    public static String submission(long requestId, String municipalityCode) {
        return "requests/" + requestId + "/submissions/" + municipalityCode;
    }
}
