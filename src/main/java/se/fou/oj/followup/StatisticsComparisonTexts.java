package se.fou.oj.followup;

import java.util.ArrayList;
import java.util.List;

/** The words around a statistics comparison, the same on screen and in the PDF. */
public final class StatisticsComparisonTexts {

    /** A translation lookup: the screen's {@code getTranslation} or the PDF's {@code Messages.get}. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private StatisticsComparisonTexts() {
    }

    /** "7 (14 %) → 9 (18 %)", with "saknas" for a side without a figure. */
    public static String pair(StatisticsComparison.Pair pair, Texts texts) {
        String missing = texts.get("followUp.statistics.missing");
        return (pair.original() == null ? missing : pair.original()) + " → " + (pair.followUp() == null ? missing : pair.followUp());
    }

    /** "Jämförs med: Klienter … (det ursprungliga utskicket). Varje cell: före → nu." or that there is nothing to compare with. */
    public static String lead(StatisticsComparison comparison, Texts texts) {
        if (comparison.original() == null) {
            return texts.get("followUp.statistics.noOriginal");
        }
        if (comparison.original().statistics() == null) {
            return texts.get("followUp.statistics.originalWithoutTable", comparison.original().title());
        }
        return texts.get("followUp.statistics.lead", comparison.original().title(), comparison.followUp().title());
    }

    /** Each thing not compared, e.g. "Rad 031 finns bara i det ursprungliga utskicket." */
    public static List<String> notComparable(StatisticsComparison comparison, Texts texts) {
        List<String> notes = new ArrayList<>();
        if (comparison.original() == null || comparison.original().statistics() == null) {
            return notes;
        }
        if (!comparison.onlyInOriginal().isEmpty()) {
            notes.add(texts.get("followUp.statistics.onlyInOriginal", String.join(", ", comparison.onlyInOriginal())));
        }
        if (!comparison.onlyInFollowUp().isEmpty()) {
            notes.add(texts.get("followUp.statistics.onlyInFollowUp", String.join(", ", comparison.onlyInFollowUp())));
        }
        if (!comparison.columnsNotCompared().isEmpty()) {
            notes.add(texts.get("followUp.statistics.columnsNotCompared", String.join(", ",
                    comparison.columnsNotCompared().stream().map(StatisticsComparison.Column::label).toList())));
        }
        return notes;
    }

    /** Why figures are missing: nothing submitted yet, or other municipalities' figures not yet published. */
    public static List<String> visibility(StatisticsComparison comparison, Texts texts) {
        List<String> notes = new ArrayList<>();
        if (!comparison.allOriginalFigures() || !comparison.allFollowUpFigures()) {
            notes.add(texts.get("followUp.statistics.ownOnly"));
        }
        if (comparison.comparable() && comparison.lines().isEmpty()) {
            notes.add(texts.get("followUp.statistics.noFigures"));
        }
        return notes;
    }
}
