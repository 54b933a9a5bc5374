package se.fou.oj.results;

/** How an indicator moved since the previous year: a higher share of yes (or a fulfilled answer) is better. */
public enum Direction {
    BETTER,
    UNCHANGED,
    WORSE;

    public String arrow() {
        return switch (this) {
            case BETTER -> "↑";
            case UNCHANGED -> "=";
            case WORSE -> "↓";
        };
    }
}
