package se.fou.oj.results;

import java.math.BigDecimal;

/** Formatting of the published comparison shares (Stockholm, Riket) so that every output prints them alike. */
public final class ComparisonValues {

    private ComparisonValues() {
    }

    /** "57 %", "62,5 %", "–" for none: the same rule as the regional average ({@link Percent}). */
    public static String display(BigDecimal percent) {
        return Percent.display(percent);
    }
}
