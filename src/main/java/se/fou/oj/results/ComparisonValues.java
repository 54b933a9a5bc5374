package se.fou.oj.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of the published comparison shares (Stockholm, Riket) so that every output prints them alike. */
public final class ComparisonValues {

    private ComparisonValues() {
    }

    public static String display(BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.setScale(0, RoundingMode.UNNECESSARY).toPlainString() + " %";
        }
        return stripped.toPlainString().replace('.', ',') + " %";
    }
}
