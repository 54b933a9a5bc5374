package se.fou.oj.meeting;

/**
 * The addresses of the meetings' pages, for other features' links: they link by address, never by this feature's
 * view classes. Kept equal to the views' {@code @Route} by {@code MainMenuKT}.
 */
public final class MeetingRoutes {

    private MeetingRoutes() {
    }

    /** One meeting with its agenda and minutes, e.g. {@code meetings/5}. */
    public static String meeting(long meetingId) {
        return "meetings/" + meetingId;
    }

    /** A cycle's meetings, e.g. {@code cycles/5/meetings}. */
    public static String meetings(long cycleId) {
        return "cycles/" + cycleId + "/meetings";
    }
}
