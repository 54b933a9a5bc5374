package se.fou.oj.interpretation;

/** Where an indicator's reading stands in one cycle. */
public enum InterpretationStatus {
    /** Agreed (first time or revised) in this cycle. */
    AGREED_THIS_CYCLE,
    /** Agreed in an earlier year and confirmed unchanged for this cycle. */
    CONFIRMED_THIS_CYCLE,
    /** Agreed in an earlier year; FoU still has to confirm or revise it for this cycle. */
    CARRIED_OVER,
    /** No reading agreed yet. */
    NONE;

    public String labelKey() {
        return "interpretation.status." + name();
    }
}
