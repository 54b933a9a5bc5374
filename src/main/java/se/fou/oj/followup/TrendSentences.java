package se.fou.oj.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.fou.oj.compilation.SentenceFigures;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.Percent;

/**
 * The plain sentence under an indicator's trend, from the figures alone, so that it always agrees with the table and
 * the chart: the first year with a regional figure compared with the last one, the figures printed as everywhere
 * ({@link se.fou.oj.results.RegionalAverage#display}, i.e. {@link Percent}: "37,5 %", never a rounded "38 %").
 *
 * <p>"Andelen kommuner med aktuell överenskommelse om samverkan mellan Primärvård och Ekonomiskt bistånd har ökat
 * från 37,5 % (2018) till 62,5 % (2020)." – "har minskat från …", "är oförändrad på 50 % mellan 2018 och 2020".
 * The subject follows the indicator's wording: a noun phrase ("Aktuell rutin …") takes "med", a verb in the present
 * tense ("Erbjuder …", "Använder …") "som", a supine ("Använt …") "som har"; any other wording is quoted ("Andelen
 * kommuner som har svarat ja på ”…”"). A number-scale indicator speaks of the regional mean.
 */
final class TrendSentences {

    private static final Set<String> PRESENT = Set.of("erbjuder", "använder", "har", "genomför", "arbetar", "tillämpar",
            "följer", "samverkar", "tar", "gör", "ger", "utför", "informerar");
    private static final Set<String> SUPINE = Set.of("använt", "genomfört", "upprättat", "infört", "gjort", "följt");

    private TrendSentences() {
    }

    static String sentence(IndicatorTrend trend) {
        List<IndicatorTrend.Year> years = trend.yearsWithFigure();
        boolean number = trend.scale() == AnswerScale.NUMBER;
        String subject = subject(trend.text(), number);
        if (years.isEmpty()) {
            return subject + " kan ännu inte visas för något år.";
        }
        IndicatorTrend.Year first = years.get(0);
        IndicatorTrend.Year last = years.get(years.size() - 1);
        if (years.size() == 1) {
            return subject + " var " + figure(first) + ". Något senare år att jämföra med finns ännu inte.";
        }
        int direction = last.averageValue().compareTo(first.averageValue());
        if (direction == 0) {
            return subject + (number ? " är oförändrat på " : " är oförändrad på ") + first.averageDisplay() + " mellan "
                    + first.year() + " och " + last.year() + ".";
        }
        return subject + (direction > 0 ? " har ökat från " : " har minskat från ") + figure(first) + " till "
                + figure(last) + ".";
    }

    /** "37,5 % (2018)". */
    private static String figure(IndicatorTrend.Year year) {
        return year.averageDisplay() + " (" + year.year() + ")";
    }

    static String subject(String text, boolean number) {
        String trimmed = text == null ? "" : text.trim();
        if (number) {
            return "Regionens medelvärde för ”" + trimmed + "”";
        }
        String firstWord = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (firstWord.startsWith("aktuell")) {
            return "Andelen kommuner med " + lowerFirst(trimmed);
        }
        if (PRESENT.contains(firstWord)) {
            return "Andelen kommuner som " + lowerFirst(trimmed);
        }
        if (SUPINE.contains(firstWord)) {
            return "Andelen kommuner som har " + lowerFirst(trimmed);
        }
        return "Andelen kommuner som har svarat ja på ”" + trimmed + "”";
    }

    /** "Aktuell rutin" → "aktuell rutin", but an abbreviation stays ("LSS …"). */
    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Whether FoU's rewording names only the trend's own figures: each year's regional figure and Stockholm's and
     * Riket's, and as percentage points the change between any two of the years with a regional figure (the rule
     * the compilation's sentences follow, {@link SentenceFigures}).
     */
    static boolean agrees(String text, IndicatorTrend trend) {
        List<BigDecimal> figures = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        List<IndicatorTrend.Year> years = trend.yearsWithFigure();
        for (IndicatorTrend.Year year : trend.years()) {
            if (year.averageValue() != null) {
                figures.add(year.averageValue());
            }
            figures.addAll(year.comparisons().values());
        }
        for (int i = 0; i < years.size(); i++) {
            for (int j = i + 1; j < years.size(); j++) {
                points.add(years.get(j).averageValue().subtract(years.get(i).averageValue()).abs());
            }
        }
        return SentenceFigures.agree(text, figures, points);
    }
}
