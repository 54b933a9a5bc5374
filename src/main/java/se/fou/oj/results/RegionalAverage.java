package se.fou.oj.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The regional average (snitt) of one indicator, computed in this one place for screen, API, export and reports.
 * For a word-scale indicator it is the share of the municipalities that answered whose answer counts as fulfilled by
 * the {@link CountingRule}, as the published reports print it: one decimal where it is not whole (5 of 8 → 62,5 %),
 * never rounded to a whole percent ({@link Percent}); for a number-scale indicator the mean of the numbers, to one
 * decimal. Missing answers are left out of the denominator and counted in {@code missing}.
 *
 * @param value percent (word scale) or mean (number scale), without trailing zeros (62.5, 75); null when no
 *              municipality answered. Comparisons and changes use this value, so they agree with what is printed.
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
            BigDecimal mean = Percent.normalize(sum.divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP));
            return new RegionalAverage(scale, 0, given.size(), missing, mean);
        }
        int fulfilled = (int) given.stream().filter(a -> CountingRule.isFulfilled(a.word())).count();
        return new RegionalAverage(scale, fulfilled, given.size(), missing, Percent.share(fulfilled, given.size()));
    }

    /** As printed: "62,5 %" or "75 %" for a share, "12,5" for a mean, "–" when nobody answered. */
    public String display() {
        if (value == null) {
            return "–";
        }
        return scale == AnswerScale.NUMBER ? Answer.formatNumber(value) : Percent.display(value);
    }
}
