package se.fou.oj.compilation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a sentence FoU reworded still names only the figures it is about: every percentage ("62,5 %", "62,5
 * procent") one of the given figures exactly as printed (never a rounded "63 procent"), and every change in percentage
 * points ("12,5 pe", "12,5 procentenheter") one of the given changes. The one rule for the compilation's sentences and
 * the follow-up's trend sentences.
 */
public final class SentenceFigures {

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:,\\d+)?)\\s*(?:%|procent\\b)");
    private static final Pattern POINTS = Pattern.compile("(\\d+(?:,\\d+)?)\\s*(?:pe\\b|procentenhet)");

    private SentenceFigures() {
    }

    public static boolean agree(String text, Collection<BigDecimal> percentages, Collection<BigDecimal> points) {
        return allNamed(PERCENT.matcher(text), plain(percentages)) && allNamed(POINTS.matcher(text), plain(points));
    }

    private static boolean allNamed(Matcher matcher, Set<String> figures) {
        while (matcher.find()) {
            if (!figures.contains(plain(new BigDecimal(matcher.group(1).replace(',', '.'))))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> plain(Collection<BigDecimal> values) {
        return values.stream().map(SentenceFigures::plain).collect(Collectors.toSet());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
