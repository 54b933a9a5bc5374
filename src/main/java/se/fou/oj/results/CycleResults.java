package se.fou.oj.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/**
 * A cycle's results as the current user may see them.
 *
 * @param municipalities the columns: the whole region, or only the user's own municipality before publication
 * @param wholeRegionVisible whether other municipalities' answers and the regional average are included
 * @param previousYear the year compared with (the closest earlier cycle of the area with results), or null
 * @param previousRegionVisible whether the previous year's regional average and the change in percentage points are
 *     included: they obey the previous cycle's own publication, so a published year may come without them
 */
public record CycleResults(Cycle cycle, List<Municipality> municipalities, List<ComparisonUnit> comparisonUnits,
                           List<ResultTable> tables, boolean wholeRegionVisible, Integer previousYear,
                           boolean previousRegionVisible) {

    public List<IndicatorRow> allRows() {
        return tables.stream().flatMap(t -> t.rows().stream()).toList();
    }

    /** Every indicator by its code, for the screens and reports that look indicators up (development areas). */
    public Map<String, IndicatorRow> byCode() {
        Map<String, IndicatorRow> byCode = new LinkedHashMap<>();
        allRows().forEach(row -> byCode.putIfAbsent(row.code(), row));
        return byCode;
    }

    public int indicatorCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }
}
