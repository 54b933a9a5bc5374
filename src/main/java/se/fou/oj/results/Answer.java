package se.fou.oj.results;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import se.fou.oj.base.i18n.Messages;

/** One municipality's answer: a word of the answer scale, or a number; both null means the answer is missing. */
public record Answer(String word, BigDecimal number) {

    public static final Answer MISSING = new Answer(null, null);

    public boolean isMissing() {
        return word == null && number == null;
    }

    /** As printed in the report: the word, or the number with a Swedish decimal comma; missing is empty. */
    public String display() {
        if (word != null) {
            return word;
        }
        return number == null ? "" : formatNumber(number);
    }

    static String formatNumber(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Messages.SWEDISH));
        return format.format(value);
    }
}
