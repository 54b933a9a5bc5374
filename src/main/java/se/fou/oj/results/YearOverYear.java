package se.fou.oj.results;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares an indicator with the previous year, in this one place for screen, API, exports and reports. A
 * municipality is better when its answer went from not fulfilled to fulfilled by the {@link CountingRule}, worse the
 * other way; for number-scale indicators the numbers are compared. The region compares its averages.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    /**
     * @param visible the municipalities whose answers may be shown
     * @param region the municipalities of the regional average, or null when it may not be shown
     */
    public static IndicatorChange compare(int previousYear, AnswerScale scale, Map<Long, Answer> current,
                                          Map<Long, Answer> previous, Collection<Long> visible, Collection<Long> region) {
        Map<Long, Answer> previousVisible = new LinkedHashMap<>();
        Map<Long, Direction> directions = new LinkedHashMap<>();
        for (Long id : visible) {
            Answer before = previous.getOrDefault(id, Answer.MISSING);
            Answer now = current.getOrDefault(id, Answer.MISSING);
            previousVisible.put(id, before);
            if (!before.isMissing() && !now.isMissing()) {
                directions.put(id, direction(scale, before, now));
            }
        }
        if (region == null) {
            return new IndicatorChange(previousYear, previousVisible, directions, null, null, null);
        }
        RegionalAverage before = RegionalAverage.of(scale, region.stream()
                .map(id -> previous.getOrDefault(id, Answer.MISSING)).toList());
        RegionalAverage now = RegionalAverage.of(scale, region.stream()
                .map(id -> current.getOrDefault(id, Answer.MISSING)).toList());
        if (before.value() == null || now.value() == null) {
            return new IndicatorChange(previousYear, previousVisible, directions, before, null, null);
        }
        BigDecimal points = Percent.normalize(now.value().subtract(before.value()));
        return new IndicatorChange(previousYear, previousVisible, directions, before, points, of(points.signum()));
    }

    static Direction direction(AnswerScale scale, Answer before, Answer now) {
        if (scale == AnswerScale.NUMBER && before.number() != null && now.number() != null) {
            return of(now.number().compareTo(before.number()));
        }
        boolean was = CountingRule.isFulfilled(before.word());
        boolean is = CountingRule.isFulfilled(now.word());
        return was == is ? Direction.UNCHANGED : is ? Direction.BETTER : Direction.WORSE;
    }

    private static Direction of(int signum) {
        return signum > 0 ? Direction.BETTER : signum < 0 ? Direction.WORSE : Direction.UNCHANGED;
    }
}
