package se.fou.oj.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.Percent;
import se.fou.oj.results.RegionalAverage;

/** The trend sentence's wording rules, from the figures alone. */
class TrendSentencesTest {

    /** An indicator whose regional average was fulfilled of 8 in consecutive years from 2018 (null: not visible). */
    private static IndicatorTrend trend(String text, Integer... fulfilledOf8) {
        List<IndicatorTrend.Year> years = new ArrayList<>();
        for (int i = 0; i < fulfilledOf8.length; i++) {
            RegionalAverage average = fulfilledOf8[i] == null ? null : new RegionalAverage(AnswerScale.WORD,
                    fulfilledOf8[i], 8, 0, Percent.share(fulfilledOf8[i], 8));
            years.add(new IndicatorTrend.Year(2018 + i, i == 0, true, Map.of(), average,
                    Map.of("RIKET", new BigDecimal("27"))));
        }
        return new IndicatorTrend("EB00", text, AnswerScale.WORD, years, null);
    }

    @Test
    void theSubjectFollowsTheIndicatorsWording() {
        assertThat(TrendSentences.subject("Aktuell rutin för samordning mellan LSS", false))
                .isEqualTo("Andelen kommuner med aktuell rutin för samordning mellan LSS");
        assertThat(TrendSentences.subject("Erbjuder enklare hushållsekonomisk rådgivning", false))
                .isEqualTo("Andelen kommuner som erbjuder enklare hushållsekonomisk rådgivning");
        assertThat(TrendSentences.subject("Använt resultat från systematisk uppföljning", false))
                .isEqualTo("Andelen kommuner som har använt resultat från systematisk uppföljning");
        assertThat(TrendSentences.subject("Alla handläggare får information", false))
                .isEqualTo("Andelen kommuner som har svarat ja på ”Alla handläggare får information”");
        assertThat(TrendSentences.subject("Antal handläggare", true)).isEqualTo("Regionens medelvärde för ”Antal handläggare”");
    }

    @Test
    void firstYearWithAFigureAgainstTheLast() {
        assertThat(TrendSentences.sentence(trend("Aktuell rutin", 3, 2, 1)))
                .isEqualTo("Andelen kommuner med aktuell rutin har minskat från 37,5 % (2018) till 12,5 % (2020).");
        assertThat(TrendSentences.sentence(trend("Aktuell rutin", 4, 6, 4)))
                .isEqualTo("Andelen kommuner med aktuell rutin är oförändrad på 50 % mellan 2018 och 2020.");
        assertThat(TrendSentences.sentence(trend("Aktuell rutin", 3, 5, null)))
                .as("a year the reader may not see is left out")
                .isEqualTo("Andelen kommuner med aktuell rutin har ökat från 37,5 % (2018) till 62,5 % (2019).");
        assertThat(TrendSentences.sentence(trend("Aktuell rutin", 3)))
                .isEqualTo("Andelen kommuner med aktuell rutin var 37,5 % (2018). Något senare år att jämföra med finns ännu inte.");
    }

    @Test
    void aRewordingAgreesWhenItNamesOnlyTheTrendsFigures() {
        IndicatorTrend trend = trend("Aktuell rutin", 3, 4, 5);
        assertThat(TrendSentences.agrees("Från 37,5 % till 62,5 procent, plus 25 procentenheter; riket 27 %.", trend)).isTrue();
        assertThat(TrendSentences.agrees("Mellan 2019 och 2020 ökade andelen med 12,5 pe.", trend)).isTrue();
        assertThat(TrendSentences.agrees("Andelen ökade till 63 %.", trend)).as("rounded").isFalse();
        assertThat(TrendSentences.agrees("En ökning med 20 procentenheter.", trend)).isFalse();
    }
}
