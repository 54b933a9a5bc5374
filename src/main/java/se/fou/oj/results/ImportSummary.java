package se.fou.oj.results;

import java.util.List;

/**
 * What an import file holds (preview) or what was imported.
 *
 * @param existingIndicators how many indicators the cycle had before; more than zero means the import replaces them
 */
public record ImportSummary(int indicatorCount, int tableCount, List<String> municipalities, int missingAnswers,
                            int existingIndicators) {

    public boolean replacesExisting() {
        return existingIndicators > 0;
    }
}
