package se.fou.oj.cycle;

/** Where a cycle stands in the three-stage working model (arbetsmodellen i tre led). */
public enum Stage {
    QUALITY_ASSURANCE,
    RESULTS_WORK,
    FOLLOW_UP,
    CLOSED;

    public String labelKey() {
        return "stage." + name();
    }
}
