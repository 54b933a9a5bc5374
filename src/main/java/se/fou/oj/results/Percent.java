package se.fou.oj.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages and percentage points as the published reports print them, in this one place: one decimal where it is
 * not zero (5 of 8 → 62,5 %, 6 of 8 → 75 %), never rounded to a whole percent, with the Swedish decimal comma on
 * screen and paper. The value itself ({@link #share}) is what every output carries (JSON 62.5, XLSX 62.5, CSV "62,5")
 * and what comparisons use, so a sentence and a change always agree with the printed figure.
 */
public final class Percent {

    private Percent() {
    }

    /**
     * {@code part} of {@code whole} in percent, to one decimal (half up) and without a trailing zero: exact for the
     * region's eight municipalities (every share is a multiple of 12,5). Null when {@code whole} is zero.
     */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return normalize(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** The value without trailing zeros and never in exponent form: 62.5, 75 (not 75.0 or 7.5E+1); null stays null. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** The number as a Swedish spreadsheet and reader read it: "62,5", "75", "-12,5"; empty for null. */
    public static String number(BigDecimal value) {
        return value == null ? "" : normalize(value).toPlainString().replace('.', ',');
    }

    /** "62,5 %", "75 %"; "–" for null. */
    public static String display(BigDecimal value) {
        return value == null ? "–" : number(value) + " %";
    }

    /** A change in percentage points: "+12,5 pe", "−25 pe", "±0 pe"; empty for null. */
    public static String points(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String number = number(value.abs());
        return switch (value.signum()) {
            case 1 -> "+" + number + " pe";
            case -1 -> "−" + number + " pe";
            default -> "±0 pe";
        };
    }
}
