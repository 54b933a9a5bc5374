package se.fou.oj.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.results.CountingRule;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

/** The sentence generator on the demo data (ÖJ 2018, Ekonomiskt bistånd): every sentence checked against the CSV. */
class ComparisonSentencesIT extends IntegrationTest {

    @Autowired
    ResultsService resultsService;

    private CycleResults results;
    private Map<String, IndicatorRow> rows;

    @BeforeEach
    void loadDemo() {
        loginAs("fou");
        results = resultsService.results(testData.demoCycle().id());
        rows = results.allRows().stream().collect(Collectors.toMap(IndicatorRow::code, Function.identity()));
    }

    private String sentence(String code) {
        return ComparisonSentences.forIndicator(rows.get(code), results.municipalities(), results.comparisonUnits());
    }

    @Test
    void allFulfil() {
        // EB01: JA ×8; 100 % vs Stockholm 57, Riket 90 → both more than 5 points lower
        assertThat(sentence("EB01")).isEqualTo(
                "Samtliga kommuner har svarat ja. Snittet på 100 procent är bättre än Stockholm (57 %) och riket (90 %).");
    }

    @Test
    void allButTwoWithAPartialAnswerNamed() {
        // EB02: Ekerö NEJ, Upplands Väsby DELVIS
        assertThat(sentence("EB02")).isEqualTo("Samtliga kommuner utom Ekerö och Upplands Väsby har svarat ja. "
                + "Upplands Väsby har svarat delvis. Snittet på 75 procent är bättre än Stockholm (57 %) och riket (33 %).");
    }

    @Test
    void onlyOne() {
        // EB22: only Sollentuna JA; 12,5 % vs Stockholm 0 (better), Riket 39 (worse)
        assertThat(sentence("EB22")).isEqualTo("Endast Sollentuna har svarat ja. "
                + "Snittet på 12,5 procent är bättre än Stockholm (0 %) men sämre än riket (39 %).");
    }

    @Test
    void none() {
        // EB20: NEJ ×8; 0 % vs Stockholm 93, Riket 12
        assertThat(sentence("EB20")).isEqualTo(
                "Ingen kommun har svarat ja. Snittet på 0 procent är sämre än Stockholm (93 %) och riket (12 %).");
    }

    @Test
    void qualifiedYesAnswersAreNamedAndCount() {
        // EB15: JA, MED VISSA for Järfälla, Solna, Upplands Väsby → 3 of 8 = 37,5 %; Stockholm 21, Riket 30
        assertThat(sentence("EB15")).isEqualTo("Tre kommuner har svarat ja: Järfälla, Solna och Upplands Väsby. "
                + "Järfälla, Solna och Upplands Väsby har svarat ”ja, med vissa”. "
                + "Snittet på 37,5 procent är bättre än Stockholm (21 %) och riket (30 %).");
        // EB16: four "ja, med vissa" and one "ja, med samtliga" → 5 of 8 = 62,5 %; three exceptions → the "utom" form
        assertThat(sentence("EB16")).isEqualTo("Samtliga kommuner utom Ekerö, Sundbyberg och Upplands-Bro har svarat ja. "
                + "Järfälla, Sigtuna, Sollentuna och Solna har svarat ”ja, med vissa”. Upplands Väsby har svarat ”ja, med samtliga”. "
                + "Snittet på 62,5 procent är bättre än Stockholm (29 %) och riket (34 %).");
    }

    @Test
    void inLineWithinFivePercentagePoints() {
        // EB08: 62,5 % vs Stockholm 64 (−1,5) and Riket 61 (+1,5) → in line with both
        assertThat(sentence("EB08")).endsWith("Snittet på 62,5 procent är i nivå med Stockholm (64 %) och riket (61 %).");
        // EB09: the exact 37,5 % is 5,5 points below Stockholm's 43 (a rounded 38 would have read "i nivå med"), and
        // 1,5 points above Riket's 36
        assertThat(sentence("EB09")).endsWith(
                "Snittet på 37,5 procent är sämre än Stockholm (43 %) och i nivå med riket (36 %).");
        // EB21: 50 % vs Stockholm 64 (worse) and Riket 68 (worse)
        assertThat(sentence("EB21")).endsWith("Snittet på 50 procent är sämre än Stockholm (64 %) och riket (68 %).");
    }

    @Test
    void theFivePointRuleUsesTheExactValue() {
        assertThat(ComparisonSentences.relation(new BigDecimal("37.5"), new BigDecimal("42.5")))
                .isEqualTo(ComparisonSentences.Relation.IN_LINE);
        assertThat(ComparisonSentences.relation(new BigDecimal("37.5"), new BigDecimal("43")))
                .isEqualTo(ComparisonSentences.Relation.WORSE);
        assertThat(ComparisonSentences.relation(new BigDecimal("62.5"), new BigDecimal("57")))
                .isEqualTo(ComparisonSentences.Relation.BETTER);
    }

    @Test
    void everySentenceNamesExactlyTheMunicipalitiesThatAnsweredJa() {
        for (IndicatorRow row : results.allRows()) {
            String fulfilment = ComparisonSentences.fulfilment(row, results.municipalities());
            long fulfilled = results.municipalities().stream()
                    .filter(m -> CountingRule.isFulfilled(row.answerOf(m.id()).word())).count();
            assertThat(row.average().fulfilled()).as(row.code()).isEqualTo((int) fulfilled);
            if (fulfilled == results.municipalities().size()) {
                assertThat(fulfilment).as(row.code()).startsWith("Samtliga kommuner har svarat ja.");
            } else if (fulfilled == 0) {
                assertThat(fulfilment).as(row.code()).startsWith("Ingen kommun har svarat ja.");
            } else {
                results.municipalities().forEach(m -> {
                    boolean yes = CountingRule.isFulfilled(row.answerOf(m.id()).word());
                    String firstSentence = fulfilment.substring(0, fulfilment.indexOf(". ") < 0 ? fulfilment.length()
                            : fulfilment.indexOf(". "));
                    boolean named = firstSentence.contains(m.name());
                    boolean exceptForm = firstSentence.contains(" utom ");
                    assertThat(named).as(row.code() + " " + m.name()).isEqualTo(exceptForm ? !yes : yes);
                });
            }
        }
    }

    @Test
    void theChangeSincePreviousYearNamesWhoGotBetterOrWorse() {
        TestData.TwoYears years = testData.twoYears();
        loginAs("fou");
        CycleResults later = resultsService.results(years.later().id());
        Map<String, IndicatorRow> byCode = later.allRows().stream()
                .collect(Collectors.toMap(IndicatorRow::code, Function.identity()));
        // EB02: Ekerö fulfilled it in 2017 but not in 2018, the average falls from 87,5 % to 75 %
        assertThat(ComparisonSentences.forIndicator(byCode.get("EB02"), later.municipalities(), later.comparisonUnits()))
                .isEqualTo("Samtliga kommuner utom Ekerö och Upplands Väsby har svarat ja. Upplands Väsby har svarat delvis. "
                        + "Snittet på 75 procent är bättre än Stockholm (57 %) och riket (33 %). "
                        + "Jämfört med 2017 har snittet minskat med 12,5 procentenheter. Sämre än 2017: Ekerö.");
        // EB13: Sigtuna did not fulfil it in 2017 but does in 2018, the average rises from 25 % to 37,5 %
        assertThat(ComparisonSentences.change(byCode.get("EB13"), later.municipalities()))
                .isEqualTo("Jämfört med 2017 har snittet ökat med 12,5 procentenheter. Bättre än 2017: Sigtuna.");
        assertThat(ComparisonSentences.change(byCode.get("EB01"), later.municipalities()))
                .isEqualTo("Jämfört med 2017 är snittet oförändrat.");
        // The earlier year has nothing to compare with
        CycleResults earlier = resultsService.results(years.earlier().id());
        earlier.allRows().forEach(row -> assertThat(ComparisonSentences.change(row, earlier.municipalities())).isEmpty());
    }
}
