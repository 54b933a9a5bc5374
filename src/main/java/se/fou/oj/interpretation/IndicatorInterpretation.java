package se.fou.oj.interpretation;

/**
 * An indicator of a cycle with its current reading.
 *
 * @param current the latest version, or null when none exists
 */
public record IndicatorInterpretation(String indicatorCode, String indicatorText, InterpretationVersion current,
                                      InterpretationStatus status) {
}
