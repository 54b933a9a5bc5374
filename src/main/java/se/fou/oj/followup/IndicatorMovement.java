package se.fou.oj.followup;

import java.util.List;
import java.util.Objects;
import se.fou.oj.results.IndicatorRow;

/**
 * An indicator behind an improvement area, in the decision's year and in the first later year with results: whether
 * the area moved it. {@code later} is null while no later results exist; its {@code change()} compares with the
 * closest earlier year, which is the decision's year when no year lies between.
 */
public record IndicatorMovement(String code, int decidedYear, IndicatorRow decided, Integer laterYear, IndicatorRow later) {

    /** The indicator's text as the decision's year has it. */
    public String text() {
        return decided == null ? "" : decided.text();
    }

    /** The regional average in the decision's year as printed, "–" when the reader may not see it. */
    public String decidedAverage() {
        return average(decided);
    }

    public String laterAverage() {
        return laterYear == null ? "–" : average(later);
    }

    /** "−13 pe ↓": the region's change into the later year with its direction, "–" when there is none. */
    public String change() {
        if (later == null || later.change() == null || later.change().percentagePoints() == null) {
            // also when the reader may not see the decision year's regional figures (that year is unpublished)
            return "–";
        }
        return later.change().displayPercentagePoints()
                + (later.change().regionDirection() == null ? "" : " " + later.change().regionDirection().arrow());
    }

    /** The later year the movements compare with (the same for every indicator of an area), or null. */
    public static Integer laterYearOf(List<IndicatorMovement> movement) {
        return movement.stream().map(IndicatorMovement::laterYear).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String average(IndicatorRow row) {
        return row == null || row.average() == null ? "–" : row.average().display();
    }
}
