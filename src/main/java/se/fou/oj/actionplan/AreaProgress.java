package se.fou.oj.actionplan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import se.fou.oj.results.Percent;

/**
 * The progress of one improvement area: per municipality, the region's/FoU's own plan, and the region's share, the
 * mean of the municipalities' shares (each municipality counted once). A municipality with nothing to count is left
 * out of the mean and named in {@code leftOut}. {@code regionShare} is null when no municipality counts.
 */
public record AreaProgress(long developmentAreaId, List<MunicipalityProgress> municipalities, Progress regionPlan,
                           BigDecimal regionShare, List<String> leftOut) {

    public record MunicipalityProgress(long municipalityId, String municipalityName, Progress progress) {
    }

    /**
     * The area's progress from its plans: the region's share is the mean of the municipalities' exact shares (not of
     * their rounded figures), rounded once to one decimal as {@link Percent} prints it.
     */
    public static AreaProgress of(long developmentAreaId, List<MunicipalityProgress> municipalities, Progress regionPlan) {
        List<MunicipalityProgress> counted = municipalities.stream().filter(m -> m.progress().counted() > 0).toList();
        BigDecimal share = null;
        if (!counted.isEmpty()) {
            BigDecimal sum = counted.stream().map(m -> BigDecimal.valueOf(m.progress().done())
                    .divide(BigDecimal.valueOf(m.progress().counted()), MathContext.DECIMAL64)).reduce(BigDecimal.ZERO, BigDecimal::add);
            share = Percent.normalize(sum.multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP));
        }
        List<String> leftOut = municipalities.stream().filter(m -> m.progress().counted() == 0)
                .map(MunicipalityProgress::municipalityName).toList();
        return new AreaProgress(developmentAreaId, municipalities, regionPlan, share, leftOut);
    }

    public static AreaProgress none(long developmentAreaId) {
        return new AreaProgress(developmentAreaId, List.of(), Progress.NONE, null, List.of());
    }

    /** "58,3 %", or "–". */
    public String regionDisplay() {
        return Percent.display(regionShare);
    }

    /** Overdue activities of the area, the municipalities' and the region's/FoU's own. */
    public int overdue() {
        return municipalities.stream().mapToInt(m -> m.progress().overdue()).sum() + regionPlan.overdue();
    }
}
