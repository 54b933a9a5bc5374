package se.fou.oj.results;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The answer words of the ÖJ survey as the reports print them, and how a typed word is matched to one. */
public final class AnswerWords {

    public static final List<String> KNOWN = List.of("JA", "NEJ", "DELVIS", "JA, MED VISSA", "JA, MED SAMTLIGA");

    private AnswerWords() {
    }

    /** The known word the text stands for, ignoring case and spacing ("ja,med vissa" is "JA, MED VISSA"). */
    public static Optional<String> match(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT)
                .replaceAll("\\s*,\\s*", ", ")
                .replaceAll("\\s+", " ");
        return KNOWN.contains(normalized) ? Optional.of(normalized) : Optional.empty();
    }
}
