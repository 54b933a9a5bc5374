package se.fou.oj.results;

import static se.fou.oj.db.Tables.COMPARISON_VALUE;
import static se.fou.oj.db.Tables.INDICATOR;
import static se.fou.oj.db.Tables.INDICATOR_RESULT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.springframework.stereotype.Repository;
import se.fou.oj.db.tables.records.IndicatorResultRecord;

@Repository
class ResultsRepository {

    private final DSLContext dsl;

    ResultsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An indicator with all its stored answers and comparison values. */
    record StoredIndicator(long id, String code, String chapter, String tableName, String text, AnswerScale scale,
                           Map<Long, Answer> answers, Map<String, BigDecimal> comparisons) {
    }

    /** The cycle's indicators; {@code unitCodes} names region's comparison units (id → code) in the values. */
    List<StoredIndicator> load(long cycleId, Set<Long> municipalityIds, Map<Long, String> unitCodes) {
        Map<Long, StoredIndicator> byId = new LinkedHashMap<>();
        dsl.selectFrom(INDICATOR).where(INDICATOR.CYCLE_ID.eq(cycleId)).orderBy(INDICATOR.SORT_ORDER)
                .forEach(r -> byId.put(r.getId(), new StoredIndicator(r.getId(), r.getCode(), r.getChapter(),
                        r.getTableName(), r.getIndicatorText(), AnswerScale.valueOf(r.getAnswerScale()),
                        new HashMap<>(), new HashMap<>())));
        if (byId.isEmpty()) {
            return List.of();
        }
        dsl.select(INDICATOR_RESULT.INDICATOR_ID, INDICATOR_RESULT.MUNICIPALITY_ID, INDICATOR_RESULT.ANSWER_WORD,
                        INDICATOR_RESULT.ANSWER_NUMBER)
                .from(INDICATOR_RESULT).join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_RESULT.INDICATOR_ID))
                .where(INDICATOR.CYCLE_ID.eq(cycleId).and(INDICATOR_RESULT.MUNICIPALITY_ID.in(municipalityIds)))
                .forEach(r -> byId.get(r.value1()).answers().put(r.value2(), new Answer(r.value3(), r.value4())));
        dsl.select(COMPARISON_VALUE.INDICATOR_ID, COMPARISON_VALUE.COMPARISON_UNIT_ID, COMPARISON_VALUE.PERCENT)
                .from(COMPARISON_VALUE)
                .join(INDICATOR).on(INDICATOR.ID.eq(COMPARISON_VALUE.INDICATOR_ID))
                .where(INDICATOR.CYCLE_ID.eq(cycleId))
                .forEach(r -> byId.get(r.value1()).comparisons().put(unitCodes.get(r.value2()), r.value3()));
        return new ArrayList<>(byId.values());
    }

    /** Municipalities that have at least one answer in the cycle (also inactive ones, whose answers still count). */
    Set<Long> municipalitiesWithResults(long cycleId) {
        return Set.copyOf(dsl.selectDistinct(INDICATOR_RESULT.MUNICIPALITY_ID)
                .from(INDICATOR_RESULT).join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_RESULT.INDICATOR_ID))
                .where(INDICATOR.CYCLE_ID.eq(cycleId))
                .fetch(INDICATOR_RESULT.MUNICIPALITY_ID));
    }

    /** Indicator texts by code from these cycles, taken in the given order: a later cycle's wording wins. */
    Map<String, String> indicatorTexts(List<Long> cycleIds) {
        Map<Long, Map<String, String>> byCycle = new HashMap<>();
        dsl.select(INDICATOR.CYCLE_ID, INDICATOR.CODE, INDICATOR.INDICATOR_TEXT).from(INDICATOR)
                .where(INDICATOR.CYCLE_ID.in(cycleIds)).orderBy(INDICATOR.SORT_ORDER)
                .forEach(r -> byCycle.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        Map<String, String> texts = new LinkedHashMap<>();
        cycleIds.forEach(id -> texts.putAll(byCycle.getOrDefault(id, Map.of())));
        return texts;
    }

    int indicatorCount(long cycleId) {
        return dsl.fetchCount(INDICATOR, INDICATOR.CYCLE_ID.eq(cycleId));
    }

    /** Replaces all of the cycle's indicators, answers and comparison values with the imported ones. */
    void replace(long cycleId, List<ParsedIndicator> indicators) {
        dsl.deleteFrom(INDICATOR).where(INDICATOR.CYCLE_ID.eq(cycleId)).execute();
        int order = 0;
        for (ParsedIndicator indicator : indicators) {
            long indicatorId = dsl.insertInto(INDICATOR)
                    .set(INDICATOR.CYCLE_ID, cycleId)
                    .set(INDICATOR.CODE, indicator.code())
                    .set(INDICATOR.CHAPTER, indicator.chapter())
                    .set(INDICATOR.TABLE_NAME, indicator.tableName())
                    .set(INDICATOR.INDICATOR_TEXT, indicator.text())
                    .set(INDICATOR.ANSWER_SCALE, indicator.scale().name())
                    .set(INDICATOR.SORT_ORDER, ++order)
                    .returning(INDICATOR.ID).fetchOne().getId();
            InsertValuesStep4<IndicatorResultRecord, Long, Long, String, BigDecimal> answers = dsl.insertInto(
                    INDICATOR_RESULT, INDICATOR_RESULT.INDICATOR_ID, INDICATOR_RESULT.MUNICIPALITY_ID,
                    INDICATOR_RESULT.ANSWER_WORD, INDICATOR_RESULT.ANSWER_NUMBER);
            indicator.answersByMunicipalityId().forEach((municipalityId, answer) ->
                    answers.values(indicatorId, municipalityId, answer.word(), answer.number()));
            if (!indicator.answersByMunicipalityId().isEmpty()) {
                answers.execute();
            }
            if (!indicator.percentByUnitId().isEmpty()) {
                var values = dsl.insertInto(COMPARISON_VALUE, COMPARISON_VALUE.INDICATOR_ID,
                        COMPARISON_VALUE.COMPARISON_UNIT_ID, COMPARISON_VALUE.PERCENT);
                indicator.percentByUnitId().forEach((unitId, percent) -> values.values(indicatorId, unitId, percent));
                values.execute();
            }
        }
    }

}
