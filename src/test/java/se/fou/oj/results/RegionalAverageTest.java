package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalAverageTest {

    private static Answer word(String word) {
        return new Answer(word, null);
    }

    @Test
    void countsAnswersBeginningWithJaAndNotDelvis() {
        // EB27 of the 2018 report: JA ×5, DELVIS ×3 → 5 of 8, printed exactly as the report prints it: 62,5 %
        List<Answer> answers = List.of(word("DELVIS"), word("DELVIS"), word("JA"), word("JA"), word("JA"), word("JA"),
                word("JA"), word("DELVIS"));
        RegionalAverage average = RegionalAverage.of(AnswerScale.WORD, answers);
        assertThat(average.fulfilled()).isEqualTo(5);
        assertThat(average.answered()).isEqualTo(8);
        assertThat(average.display()).isEqualTo("62,5 %");
        assertThat(average.value()).isEqualByComparingTo("62.5");
        assertThat(average.value().toString()).isEqualTo("62.5");
    }

    @Test
    void aWholeShareHasNoDecimalAndThreeOfEightIsThirtySevenPointFive() {
        List<Answer> six = List.of(word("JA"), word("JA"), word("JA"), word("JA"), word("JA"), word("JA"), word("NEJ"),
                word("NEJ"));
        assertThat(RegionalAverage.of(AnswerScale.WORD, six).display()).isEqualTo("75 %");
        assertThat(RegionalAverage.of(AnswerScale.WORD, six).value().toString()).isEqualTo("75");
        List<Answer> three = List.of(word("JA"), word("JA"), word("JA"), word("NEJ"), word("NEJ"), word("NEJ"), word("DELVIS"),
                word("NEJ"));
        assertThat(RegionalAverage.of(AnswerScale.WORD, three).display()).isEqualTo("37,5 %");
        List<Answer> all = List.of(word("JA"), word("JA"));
        assertThat(RegionalAverage.of(AnswerScale.WORD, all).value().toPlainString()).isEqualTo("100");
        assertThat(RegionalAverage.of(AnswerScale.WORD, all).display()).isEqualTo("100 %");
    }

    @Test
    void jaMedVissaAndJaMedSamtligaCount() {
        List<Answer> answers = List.of(word("NEJ"), word("JA, MED VISSA"), word("JA, MED SAMTLIGA"), word("NEJ"));
        assertThat(RegionalAverage.of(AnswerScale.WORD, answers).display()).isEqualTo("50 %");
    }

    @Test
    void missingAnswersAreLeftOutOfTheDenominator() {
        List<Answer> answers = List.of(word("JA"), word("NEJ"), word("JA"), Answer.MISSING);
        RegionalAverage average = RegionalAverage.of(AnswerScale.WORD, answers);
        assertThat(average.answered()).isEqualTo(3);
        assertThat(average.missing()).isEqualTo(1);
        // 2 of 3 = 66.67 %: one decimal, half up
        assertThat(average.value()).isEqualByComparingTo("66.7");
        assertThat(average.display()).isEqualTo("66,7 %");
    }

    @Test
    void nobodyAnsweredPrintsDash() {
        assertThat(RegionalAverage.of(AnswerScale.WORD, List.of(Answer.MISSING)).display()).isEqualTo("–");
    }

    @Test
    void numberScaleIsTheMean() {
        List<Answer> answers = List.of(new Answer(null, new BigDecimal("10")), new Answer(null, new BigDecimal("15")),
                Answer.MISSING);
        RegionalAverage average = RegionalAverage.of(AnswerScale.NUMBER, answers);
        assertThat(average.display()).isEqualTo("12,5");
        assertThat(average.missing()).isEqualTo(1);
    }

    @Test
    void countingRuleIsCaseInsensitiveAndOnlyForJa() {
        assertThat(CountingRule.isFulfilled("ja, med vissa")).isTrue();
        assertThat(CountingRule.isFulfilled("DELVIS")).isFalse();
        assertThat(CountingRule.isFulfilled("NEJ")).isFalse();
        assertThat(CountingRule.isFulfilled(null)).isFalse();
    }
}
