package se.fou.oj.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;

/**
 * Acceptance: "Did it move?" over three years of fixed data (see {@link TrendFixture}), every figure and sentence
 * computed by hand, the decision's year marked; what a contact sees of an unpublished year; FoU's rewording flagged
 * when it no longer agrees.
 */
class IndicatorTrendIT extends IntegrationTest {

    private static final String EB13_TEXT = "Andelen kommuner med aktuell överenskommelse om samverkan mellan Primärvård och"
            + " Ekonomiskt bistånd";

    @Autowired
    FollowUpService followUpService;

    @Autowired
    RegionService regionService;

    @Autowired
    CycleService cycleService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    AnalysisFixture analysis;

    private TrendFixture.ThreeYears threeYears() {
        return TrendFixture.threeYears(regionService, cycleService, resultsService, analysis);
    }

    private static IndicatorTrend indicator(AreaTrend trend, String code) {
        return trend.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> averages(IndicatorTrend indicator) {
        return indicator.years().stream().map(IndicatorTrend.Year::averageDisplay).toList();
    }

    private static long id(AreaTrend trend, String name) {
        return trend.municipalities().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void figuresAndSentencesOverThreeYearsAsComputedByHand() {
        TrendFixture.ThreeYears years = threeYears();
        loginAs("fou");
        AreaTrend trend = followUpService.trend(years.area().id());

        assertThat(trend.years()).containsExactly(2018, 2019, 2020);
        assertThat(trend.decidedYear()).isEqualTo(2019);
        assertThat(trend.municipalities()).extracting(Municipality::name).containsExactly("Ekerö", "Järfälla", "Sigtuna",
                "Sollentuna", "Solna", "Sundbyberg", "Upplands-Bro", "Upplands Väsby");
        assertThat(trend.indicators()).as("in the area's order").extracting(IndicatorTrend::code)
                .containsExactly("EB01", "EB02", "EB13");
        IndicatorTrend eb13 = indicator(trend, "EB13");
        assertThat(eb13.years()).extracting(IndicatorTrend.Year::decided).containsExactly(false, true, false);
        // 3, 4 and 5 of 8 JA
        assertThat(averages(eb13)).containsExactly("37,5 %", "50 %", "62,5 %");
        assertThat(eb13.years()).extracting(y -> y.answerDisplay(id(trend, "Ekerö"))).containsExactly("NEJ", "JA", "JA");
        assertThat(eb13.years()).extracting(y -> y.answerDisplay(id(trend, "Järfälla"))).containsExactly("NEJ", "NEJ", "JA");
        assertThat(eb13.years().get(2).comparisons()).containsKeys("STOCKHOLM", "RIKET");
        assertThat(eb13.sentenceText()).isEqualTo(EB13_TEXT + " har ökat från 37,5 % (2018) till 62,5 % (2020).");
        // 6, 6 and 5 of 8 (Upplands Väsby's DELVIS does not count)
        IndicatorTrend eb02 = indicator(trend, "EB02");
        assertThat(averages(eb02)).containsExactly("75 %", "75 %", "62,5 %");
        assertThat(eb02.sentenceText()).isEqualTo("Andelen kommuner som har svarat ja på ”Genomsnittlig väntetid till nybesök"
                + " är max 14 dagar” har minskat från 75 % (2018) till 62,5 % (2020).");
        IndicatorTrend eb01 = indicator(trend, "EB01");
        assertThat(averages(eb01)).containsExactly("100 %", "100 %", "100 %");
        assertThat(eb01.sentenceText()).isEqualTo("Andelen kommuner som har svarat ja på ”Socialjour med socionomer alla dagar"
                + " hela dygnet” är oförändrad på 100 % mellan 2018 och 2020.");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        followUpService.writePdf(years.area().id(), pdf);
        String text = text(pdf.toByteArray());
        assertThat(text).contains("Har det rört sig?", "Kommun 2018 2019 (beslut) 2020",
                "Regionens snitt 37,5 % 50 % 62,5 %", EB13_TEXT + " har ökat från 37,5 % (2018) till 62,5 % (2020).",
                "beslut");
    }

    @Test
    void aContactSeesAYearsRegionalFiguresOnlyOncePublished() {
        TrendFixture.ThreeYears years = threeYears();
        SystemActor.run(() -> {
            cycleService.publishResults(years.y2018().id());
            cycleService.publishResults(years.y2019().id());
        });
        loginAs("ekero");
        AreaTrend trend = followUpService.trend(years.area().id());
        IndicatorTrend eb13 = indicator(trend, "EB13");
        assertThat(averages(eb13)).containsExactly("37,5 %", "50 %", "–");
        IndicatorTrend.Year y2020 = eb13.years().get(2);
        assertThat(y2020.answerDisplay(id(trend, "Ekerö"))).as("her own answer").isEqualTo("JA");
        assertThat(y2020.answerDisplay(id(trend, "Järfälla"))).as("another's unpublished answer").isEqualTo("–");
        assertThat(y2020.answers()).containsOnlyKeys(id(trend, "Ekerö"));
        assertThat(eb13.sentenceText()).isEqualTo(EB13_TEXT + " har ökat från 37,5 % (2018) till 50 % (2019).");

        // Published, the year is everybody's
        SystemActor.run(() -> cycleService.publishResults(years.y2020().id()));
        assertThat(averages(indicator(followUpService.trend(years.area().id()), "EB13")))
                .containsExactly("37,5 %", "50 %", "62,5 %");
    }

    @Test
    void fouRewordsTheSentenceWhichIsFlaggedOnceItNoLongerAgrees() {
        TrendFixture.ThreeYears years = threeYears();
        long areaId = years.area().id();
        String reworded = "Fler kommuner har nu en överenskommelse med primärvården: från 37,5 % till 62,5 %, "
                + "en ökning med 25 procentenheter.";
        loginAs("fou");
        followUpService.editTrendSentence(areaId, "EB13", reworded);
        IndicatorTrend eb13 = indicator(followUpService.trend(areaId), "EB13");
        assertThat(eb13.sentence().edited()).isEqualTo(reworded);
        assertThat(eb13.sentence().flagged()).isFalse();
        assertThat(eb13.sentenceText()).isEqualTo(reworded);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        followUpService.writePdf(areaId, pdf);
        assertThat(text(pdf.toByteArray())).contains(reworded);

        // A rounded figure is not one of the trend's
        followUpService.editTrendSentence(areaId, "EB13", "Andelen har ökat till 63 %.");
        eb13 = indicator(followUpService.trend(areaId), "EB13");
        assertThat(eb13.sentence().flagged()).isTrue();
        assertThat(eb13.sentenceText()).as("a flagged wording is not printed").isEqualTo(eb13.sentence().generated());

        // An agreeing wording, then the figures change: 2020 re-imported with Järfälla's EB13 back to NEJ (4 of 8)
        followUpService.editTrendSentence(areaId, "EB13", reworded);
        SystemActor.run(() -> resultsService.importResults(years.y2020().id(), "2020.csv",
                TrendFixture.file2020(TestData.ojCsv(years.y2020().areaName()))
                        .replace("Primärvård och Ekonomiskt bistånd;JA;JA;", "Primärvård och Ekonomiskt bistånd;JA;NEJ;")
                        .getBytes(StandardCharsets.UTF_8), true));
        eb13 = indicator(followUpService.trend(areaId), "EB13");
        assertThat(eb13.sentence().generated()).isEqualTo(EB13_TEXT + " har ökat från 37,5 % (2018) till 50 % (2020).");
        assertThat(eb13.sentence().flagged()).isTrue();
        assertThat(eb13.sentence().edited()).isEqualTo(reworded);

        // The others never read a wording that does not agree with what they see
        loginAs("socialchef");
        eb13 = indicator(followUpService.trend(areaId), "EB13");
        assertThat(eb13.sentence().edited()).isNull();
        assertThat(eb13.sentenceText()).isEqualTo(EB13_TEXT + " har ökat från 37,5 % (2018) till 50 % (2020).");

        // Only FoU rewords; an empty text returns to the generated sentence
        assertThatThrownBy(() -> followUpService.editTrendSentence(areaId, "EB13", "Annat."))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        followUpService.editTrendSentence(areaId, "EB13", " ");
        assertThat(indicator(followUpService.trend(areaId), "EB13").sentence().isEdited()).isFalse();
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
