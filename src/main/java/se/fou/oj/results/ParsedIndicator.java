package se.fou.oj.results;

import java.math.BigDecimal;
import java.util.Map;

/** One validated row of an import file: an indicator with each municipality's answer and the comparison shares. */
public record ParsedIndicator(String code, String chapter, String tableName, String text, AnswerScale scale,
                              Map<Long, Answer> answersByMunicipalityId, Map<Long, BigDecimal> percentByUnitId) {
}
