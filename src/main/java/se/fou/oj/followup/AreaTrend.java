package se.fou.oj.followup;

import java.util.List;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/**
 * The indicators behind an improvement area across every imported year of its area, as the reader may see them.
 *
 * @param years every year of the area with results, oldest first
 * @param decidedYear the year of the cycle the area was decided in (marked in table and chart)
 * @param municipalities the rows: every municipality the reader sees in some year (a contact sees only her own for an
 *                       unpublished year)
 */
public record AreaTrend(long developmentAreaId, List<Integer> years, int decidedYear, List<Municipality> municipalities,
                        List<ComparisonUnit> comparisonUnits, List<IndicatorTrend> indicators) {

    public boolean hasLaterYear() {
        return years.stream().anyMatch(y -> y > decidedYear);
    }
}
