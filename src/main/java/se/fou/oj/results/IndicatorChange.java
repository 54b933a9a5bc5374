package se.fou.oj.results;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An indicator's change since the closest earlier cycle of the same area that has results, matched by code.
 *
 * @param previousAnswers by municipality id, only for the municipalities the user may see
 * @param byMunicipality better/unchanged/worse by municipality id; absent where either year's answer is missing
 * @param previousAverage the previous regional average, or null when the user may not see the region's figures
 * @param percentagePoints now minus then (percentage points, or the change of the mean); null when not comparable
 */
public record IndicatorChange(int previousYear, Map<Long, Answer> previousAnswers, Map<Long, Direction> byMunicipality,
                              RegionalAverage previousAverage, BigDecimal percentagePoints, Direction regionDirection) {

    /** "+12,5 pe", "−25 pe", "±0 pe"; empty when there is nothing to compare. */
    public String displayPercentagePoints() {
        return Percent.points(percentagePoints);
    }
}
