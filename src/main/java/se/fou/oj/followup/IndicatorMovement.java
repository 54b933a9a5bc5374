package se.fou.oj.followup;

import se.fou.oj.results.IndicatorRow;

/**
 * An indicator behind an improvement area, in the decision's year and in the first later year with results: whether
 * the area moved it. {@code later} is null while no later results exist; its {@code change()} compares with the
 * closest earlier year, which is the decision's year when no year lies between.
 */
public record IndicatorMovement(String code, int decidedYear, IndicatorRow decided, Integer laterYear, IndicatorRow later) {
}
