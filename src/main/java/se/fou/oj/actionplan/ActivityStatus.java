package se.fou.oj.actionplan;

/** Where an activity of an action plan stands; a dropped activity carries the reason it was dropped. */
public enum ActivityStatus {
    NOT_STARTED, ONGOING, DONE, PAUSED, DROPPED;

    /** Done and dropped activities are finished: neither can be late. */
    public boolean finished() {
        return this == DONE || this == DROPPED;
    }

    public String labelKey() {
        return "actionPlan.status." + name();
    }
}
