package se.fou.oj.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The regional average (snitt) of one indicator, computed in this one place for screen, API, export and reports.
 * For a word-scale indicator it is the share (percent, whole number, half up) of the municipalities that answered
 * whose answer counts as fulfilled by the {@link CountingRule}; for a number-scale indicator the mean of the numbers.
 * Missing answers are left out of the denominator and counted in {@code missing}.
 *
 * @param value percent (word scale) or mean (number scale); null when no municipality answered
 */
public record RegionalAverage(AnswerScale scale, int fulfilled, int answered, int missing, BigDecimal value) {

    public static RegionalAverage of(AnswerScale scale, Collection<Answer> answers) {
        List<Answer> given = answers.stream().filter(a -> !a.isMissing()).toList();
        int missing = answers.size() - given.size();
        if (given.isEmpty()) {
            return new RegionalAverage(scale, 0, 0, missing, null);
        }
        if (scale == AnswerScale.NUMBER) {
            BigDecimal sum = given.stream().map(Answer::number).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP);
            return new RegionalAverage(scale, 0, given.size(), missing, mean);
        }
        int fulfilled = (int) given.stream().filter(a -> CountingRule.isFulfilled(a.word())).count();
        BigDecimal percent = BigDecimal.valueOf(fulfilled * 100L)
                .divide(BigDecimal.valueOf(given.size()), 0, RoundingMode.HALF_UP);
        return new RegionalAverage(scale, fulfilled, given.size(), missing, percent);
    }

    /** As printed: "75 %" for a share, "12,5" for a mean, "–" when nobody answered. */
    public String display() {
        if (value == null) {
            return "–";
        }
        return scale == AnswerScale.NUMBER ? Answer.formatNumber(value) : value.toPlainString() + " %";
    }
}
