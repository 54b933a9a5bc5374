package se.fou.oj.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.fou.oj.compilation.IndicatorSentence;
import se.fou.oj.results.Answer;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.RegionalAverage;

/**
 * One indicator behind an improvement area across every imported year of the area, as the reader may see it, with
 * its plain sentence.
 *
 * @param years oldest first; a year lacks the indicator when its file did not have it ({@link Year#present})
 * @param sentence the generated sentence and FoU's rewording, flagged when the rewording no longer agrees
 */
public record IndicatorTrend(String code, String text, AnswerScale scale, List<Year> years, IndicatorSentence sentence) {

    /**
     * The indicator in one year.
     *
     * @param decided the year of the cycle the area was decided in
     * @param present whether the year's results have this indicator at all
     * @param answers by municipality id, only the municipalities the reader may see that year
     * @param average the regional average, null when the reader may not see it yet (that year is unpublished)
     * @param comparisons the year's published shares by comparison unit code (STOCKHOLM, RIKET)
     */
    public record Year(int year, boolean decided, boolean present, Map<Long, Answer> answers, RegionalAverage average,
                       Map<String, BigDecimal> comparisons) {

        public BigDecimal averageValue() {
            return average == null ? null : average.value();
        }

        /** As printed: "62,5 %", "–" when missing or not visible. */
        public String averageDisplay() {
            return average == null ? "–" : average.display();
        }

        /** The municipality's answer as printed, "–" when missing or not visible to the reader. */
        public String answerDisplay(long municipalityId) {
            Answer answer = answers.getOrDefault(municipalityId, Answer.MISSING);
            return answer.isMissing() ? "–" : answer.display();
        }
    }

    /** The years whose regional figure the reader may see, oldest first: what the sentence speaks of. */
    public List<Year> yearsWithFigure() {
        return years.stream().filter(y -> y.averageValue() != null).toList();
    }

    /**
     * The sentence to print: FoU's rewording while it agrees with the figures, otherwise the generated one (a flagged
     * rewording is shown to FoU on screen with its flag, never printed as if it were true).
     */
    public String sentenceText() {
        return sentence.flagged() ? sentence.generated() : sentence.effective();
    }

    IndicatorTrend withSentence(IndicatorSentence sentence) {
        return new IndicatorTrend(code, text, scale, years, sentence);
    }
}
