package se.fou.oj.compilation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;
import se.fou.oj.results.Answer;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.ComparisonValues;
import se.fou.oj.results.CountingRule;
import se.fou.oj.results.Direction;
import se.fou.oj.results.IndicatorChange;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.Percent;
import se.fou.oj.results.RegionalAverage;

/**
 * Writes the Swedish comparison sentences under a results table from the data alone, so they always agree with it.
 *
 * <p>Who fulfils: "Samtliga kommuner har svarat ja.", "Samtliga kommuner utom Ekerö och Upplands Väsby har svarat ja."
 * (at most three exceptions, and only when every municipality answered), "Endast Sollentuna har svarat ja.",
 * "Ingen kommun har svarat ja.", otherwise "Fem kommuner har svarat ja: …". Partial answers are named ("Upplands Väsby
 * har svarat delvis."), qualified yes answers too ("… har svarat ”ja, med vissa”."), and missing answers.
 *
 * <p>The comparison rule, on the exact average as printed (37,5 %, not a rounded 38 %): the regional average is
 * <b>i nivå med</b> a comparison unit when it differs by at most
 * {@value #IN_LINE_WITHIN_PERCENTAGE_POINTS} percentage points, <b>bättre än</b> when it is higher by more, <b>sämre
 * än</b> when lower by more (a higher share of yes is better for every ÖJ yes/no indicator).
 */
public final class ComparisonSentences {

    public static final int IN_LINE_WITHIN_PERCENTAGE_POINTS = 5;

    private static final String[] COUNT_WORDS = {"Ingen", "En", "Två", "Tre", "Fyra", "Fem", "Sex", "Sju", "Åtta", "Nio",
        "Tio", "Elva", "Tolv"};

    public enum Relation {
        BETTER("bättre än"), IN_LINE("i nivå med"), WORSE("sämre än");

        private final String words;

        Relation(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private ComparisonSentences() {
    }

    /** The sentences for one indicator: who fulfils it, then the average compared with the units. */
    public static String forIndicator(IndicatorRow row, List<Municipality> region, List<ComparisonUnit> units) {
        if (row.scale() == AnswerScale.NUMBER) {
            RegionalAverage average = row.average();
            return average.value() == null ? "Ingen kommun har svarat."
                    : "Regionens medelvärde är " + average.display() + " (" + average.answered() + " kommuner har svarat).";
        }
        String fulfilment = fulfilment(row, region);
        String comparison = comparison(row.average(), row.comparisons(), units);
        String change = change(row, region);
        return String.join(" ", Stream.of(fulfilment, comparison, change).filter(t -> !t.isEmpty()).toList());
    }

    /** "Jämfört med 2017 har snittet ökat med 13 procentenheter. Bättre än 2017: Ekerö. Sämre än 2017: Solna." */
    static String change(IndicatorRow row, List<Municipality> region) {
        IndicatorChange change = row.change();
        if (change == null || change.percentagePoints() == null) {
            return "";
        }
        String year = String.valueOf(change.previousYear());
        String points = Percent.number(change.percentagePoints().abs());
        StringBuilder text = new StringBuilder("Jämfört med ").append(year);
        switch (change.regionDirection()) {
            case BETTER -> text.append(" har snittet ökat med ").append(points).append(" procentenheter.");
            case WORSE -> text.append(" har snittet minskat med ").append(points).append(" procentenheter.");
            default -> text.append(" är snittet oförändrat.");
        }
        List<String> better = namesWith(change, region, Direction.BETTER);
        List<String> worse = namesWith(change, region, Direction.WORSE);
        if (!better.isEmpty()) {
            text.append(" Bättre än ").append(year).append(": ").append(names(better)).append('.');
        }
        if (!worse.isEmpty()) {
            text.append(" Sämre än ").append(year).append(": ").append(names(worse)).append('.');
        }
        return text.toString();
    }

    private static List<String> namesWith(IndicatorChange change, List<Municipality> region, Direction direction) {
        return region.stream().filter(m -> change.byMunicipality().get(m.id()) == direction).map(Municipality::name).toList();
    }

    static String fulfilment(IndicatorRow row, List<Municipality> region) {
        List<String> answered = new ArrayList<>();
        List<String> fulfilled = new ArrayList<>();
        List<String> notFulfilled = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> qualified = new LinkedHashMap<>();
        for (Municipality municipality : region) {
            Answer answer = row.answerOf(municipality.id());
            if (answer.isMissing()) {
                missing.add(municipality.name());
                continue;
            }
            answered.add(municipality.name());
            String word = answer.word() == null ? "" : answer.word();
            if (CountingRule.isFulfilled(word)) {
                fulfilled.add(municipality.name());
                if (!word.equalsIgnoreCase("JA")) {
                    qualified.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(municipality.name());
                }
            } else {
                notFulfilled.add(municipality.name());
                if (word.toUpperCase(Locale.ROOT).startsWith("DELVIS")) {
                    partial.add(municipality.name());
                }
            }
        }
        if (answered.isEmpty()) {
            return "Ingen kommun har svarat.";
        }
        StringBuilder text = new StringBuilder();
        int f = fulfilled.size();
        if (f == answered.size()) {
            text.append(missing.isEmpty() ? "Samtliga kommuner har svarat ja." : "Alla kommuner som har svarat har svarat ja.");
        } else if (f == 0) {
            text.append("Ingen kommun har svarat ja.");
        } else if (f == 1) {
            text.append("Endast ").append(fulfilled.get(0)).append(" har svarat ja.");
        } else if (missing.isEmpty() && notFulfilled.size() <= 3 && f > answered.size() / 2) {
            text.append("Samtliga kommuner utom ").append(names(notFulfilled)).append(" har svarat ja.");
        } else {
            text.append(countWord(f)).append(" kommuner har svarat ja: ").append(names(fulfilled)).append('.');
        }
        qualified.forEach((word, who) -> text.append(' ').append(names(who)).append(" har svarat ”").append(word).append("”."));
        if (!partial.isEmpty()) {
            text.append(' ').append(names(partial)).append(" har svarat delvis.");
        }
        if (!missing.isEmpty()) {
            text.append(" Svar saknas för ").append(names(missing)).append('.');
        }
        return text.toString();
    }

    /** "Snittet på 75 procent är bättre än Stockholm (57 %) och riket (33 %)." Empty when there is nothing to compare. */
    static String comparison(RegionalAverage average, Map<String, BigDecimal> comparisons, List<ComparisonUnit> units) {
        if (average == null || average.value() == null) {
            return "";
        }
        List<Relation> relations = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (ComparisonUnit unit : units) {
            BigDecimal value = comparisons.get(unit.code());
            if (value == null) {
                continue;
            }
            relations.add(relation(average.value(), value));
            targets.add(unitName(unit) + " (" + ComparisonValues.display(value) + ")");
        }
        if (targets.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Snittet på ").append(Percent.number(average.value())).append(" procent är ");
        int i = 0;
        while (i < targets.size()) {
            int end = i;
            while (end + 1 < targets.size() && relations.get(end + 1) == relations.get(i)) {
                end++;
            }
            if (i > 0) {
                boolean contrast = relations.get(i - 1) != Relation.IN_LINE && relations.get(i) != Relation.IN_LINE;
                text.append(contrast ? " men " : " och ");
            }
            text.append(relations.get(i).words()).append(' ').append(names(targets.subList(i, end + 1)));
            i = end + 1;
        }
        return text.append('.').toString();
    }

    public static Relation relation(BigDecimal average, BigDecimal unitValue) {
        BigDecimal difference = average.subtract(unitValue);
        if (difference.abs().compareTo(BigDecimal.valueOf(IN_LINE_WITHIN_PERCENTAGE_POINTS)) <= 0) {
            return Relation.IN_LINE;
        }
        return difference.signum() > 0 ? Relation.BETTER : Relation.WORSE;
    }

    /** Riket is written in lower case inside a sentence ("bättre än riket"), Stockholm as the name it is. */
    static String unitName(ComparisonUnit unit) {
        return "RIKET".equals(unit.code()) ? unit.name().toLowerCase(Locale.ROOT) : unit.name();
    }

    /** "A", "A och B", "A, B och C". */
    public static String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }

    static String countWord(int count) {
        return count < COUNT_WORDS.length ? COUNT_WORDS[count] : String.valueOf(count);
    }
}
