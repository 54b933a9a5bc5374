package se.fou.oj.results;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One indicator as every output shows it.
 *
 * @param answers by municipality id, only for the municipalities the user may see
 * @param average the regional average, or null when the user may not see the whole region yet
 * @param comparisons published share by comparison unit code (STOCKHOLM, RIKET)
 * @param change the change since the previous year, or null when there is no earlier cycle with this indicator
 */
public record IndicatorRow(long indicatorId, String code, String chapter, String tableName, String text,
                           AnswerScale scale, Map<Long, Answer> answers, RegionalAverage average,
                           Map<String, BigDecimal> comparisons, IndicatorChange change) {

    public Answer answerOf(long municipalityId) {
        return answers.getOrDefault(municipalityId, Answer.MISSING);
    }
}
