package se.fou.oj.results;

import java.util.Locale;

/**
 * When a yes/no answer counts as fulfilled in the regional average. The reports count answers that begin with
 * {@code JA} (so "JA, MED VISSA" counts) and not {@code DELVIS} or {@code NEJ}. This is the only place that decides
 * it; the rule's wording (translation key {@link #DESCRIPTION_KEY}) is printed under every table.
 */
public final class CountingRule {

    public static final String FULFILLED_PREFIX = "JA";
    public static final String DESCRIPTION_KEY = "results.countingRule";

    private CountingRule() {
    }

    public static boolean isFulfilled(String answerWord) {
        return answerWord != null && answerWord.trim().toUpperCase(Locale.ROOT).startsWith(FULFILLED_PREFIX);
    }
}
