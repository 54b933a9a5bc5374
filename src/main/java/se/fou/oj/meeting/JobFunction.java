package se.fou.oj.meeting;

/** The function a person has at a meeting; the result meeting needs some of them from each side. */
public enum JobFunction {
    HEAD_OF_DEPARTMENT,
    STAFF,
    AREA_SPECIALIST,
    FOLLOW_UP_COORDINATOR,
    MINUTE_TAKER,
    GUEST;

    public String labelKey() {
        return "meeting.function." + name();
    }
}
