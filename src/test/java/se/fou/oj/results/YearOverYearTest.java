package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    private static Answer word(String word) {
        return new Answer(word, null);
    }

    @Test
    void municipalitiesMoveByTheCountingRuleAndTheRegionByPercentagePoints() {
        Map<Long, Answer> before = Map.of(1L, word("NEJ"), 2L, word("JA"), 3L, word("DELVIS"), 4L, word("JA"));
        Map<Long, Answer> now = Map.of(1L, word("JA, MED VISSA"), 2L, word("DELVIS"), 3L, word("NEJ"), 4L, word("JA"));
        IndicatorChange change = YearOverYear.compare(2017, AnswerScale.WORD, now, before, List.of(1L, 2L, 3L, 4L),
                List.of(1L, 2L, 3L, 4L));
        assertThat(change.byMunicipality()).containsEntry(1L, Direction.BETTER).containsEntry(2L, Direction.WORSE)
                .containsEntry(3L, Direction.UNCHANGED).containsEntry(4L, Direction.UNCHANGED);
        assertThat(change.previousAverage().display()).isEqualTo("50 %");
        assertThat(change.percentagePoints()).isEqualByComparingTo("0");
        assertThat(change.regionDirection()).isEqualTo(Direction.UNCHANGED);
        assertThat(change.displayPercentagePoints()).isEqualTo("±0 pe");
    }

    @Test
    void aMissingAnswerIsNotCompared() {
        IndicatorChange change = YearOverYear.compare(2017, AnswerScale.WORD, Map.of(1L, word("JA"), 2L, word("JA")),
                Map.of(1L, word("NEJ")), List.of(1L, 2L), List.of(1L, 2L));
        assertThat(change.byMunicipality()).containsOnlyKeys(1L);
        // then 0 of 1, now 2 of 2
        assertThat(change.displayPercentagePoints()).isEqualTo("+100 pe");
        assertThat(change.regionDirection()).isEqualTo(Direction.BETTER);
    }

    @Test
    void withoutTheRegionOnlyTheVisibleMunicipalitiesAreCompared() {
        IndicatorChange change = YearOverYear.compare(2017, AnswerScale.WORD, Map.of(1L, word("NEJ"), 2L, word("JA")),
                Map.of(1L, word("JA"), 2L, word("NEJ")), List.of(1L), null);
        assertThat(change.previousAnswers()).containsOnlyKeys(1L);
        assertThat(change.byMunicipality()).containsOnly(Map.entry(1L, Direction.WORSE));
        assertThat(change.previousAverage()).isNull();
        assertThat(change.percentagePoints()).isNull();
    }

    @Test
    void theChangeIsTheExactDifferenceOfTheExactAverages() {
        // Eight municipalities: 3 of 8 (37,5 %) then, 5 of 8 (62,5 %) now: +25 pe; 2 of 8 (25 %) to 3 of 8: +12,5 pe
        List<Long> region = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        Map<Long, Answer> two = answers(2);
        Map<Long, Answer> three = answers(3);
        Map<Long, Answer> five = answers(5);
        IndicatorChange up = YearOverYear.compare(2017, AnswerScale.WORD, five, three, region, region);
        assertThat(up.previousAverage().display()).isEqualTo("37,5 %");
        assertThat(up.percentagePoints().toPlainString()).isEqualTo("25");
        assertThat(up.displayPercentagePoints()).isEqualTo("+25 pe");
        IndicatorChange half = YearOverYear.compare(2017, AnswerScale.WORD, three, two, region, region);
        assertThat(half.percentagePoints()).isEqualByComparingTo("12.5");
        assertThat(half.displayPercentagePoints()).isEqualTo("+12,5 pe");
        assertThat(YearOverYear.compare(2017, AnswerScale.WORD, two, three, region, region).displayPercentagePoints())
                .isEqualTo("−12,5 pe");
    }

    /** Eight municipalities 1–8, the first {@code yes} answering JA, the others NEJ. */
    private static Map<Long, Answer> answers(int yes) {
        Map<Long, Answer> answers = new HashMap<>();
        for (long id = 1; id <= 8; id++) {
            answers.put(id, word(id <= yes ? "JA" : "NEJ"));
        }
        return answers;
    }

    @Test
    void numbersCompareAsNumbers() {
        IndicatorChange change = YearOverYear.compare(2017, AnswerScale.NUMBER,
                Map.of(1L, new Answer(null, new BigDecimal("12"))), Map.of(1L, new Answer(null, new BigDecimal("10"))),
                List.of(1L), List.of(1L));
        assertThat(change.byMunicipality()).containsEntry(1L, Direction.BETTER);
        assertThat(change.displayPercentagePoints()).isEqualTo("+2 pe");
    }
}
