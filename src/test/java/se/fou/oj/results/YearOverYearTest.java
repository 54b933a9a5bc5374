package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
    void numbersCompareAsNumbers() {
        IndicatorChange change = YearOverYear.compare(2017, AnswerScale.NUMBER,
                Map.of(1L, new Answer(null, new BigDecimal("12"))), Map.of(1L, new Answer(null, new BigDecimal("10"))),
                List.of(1L), List.of(1L));
        assertThat(change.byMunicipality()).containsEntry(1L, Direction.BETTER);
        assertThat(change.displayPercentagePoints()).isEqualTo("+2 pe");
    }
}
