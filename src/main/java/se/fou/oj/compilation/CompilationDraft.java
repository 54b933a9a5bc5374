package se.fou.oj.compilation;

import java.util.List;
import java.util.Map;
import se.fou.oj.interpretation.InterpretationVersion;
import se.fou.oj.results.CycleResults;

/**
 * The compilation as FoU edits it: texts, the cycle's results and a sentence per indicator (by code).
 *
 * @param readings the current agreed reading per indicator code (interpretation register)
 * @param suggestedBrief a "results in brief" written from the data, offered when FoU has written none
 */
public record CompilationDraft(CycleResults results, String introduction, String resultsInBrief, String suggestedBrief,
                               Map<String, IndicatorSentence> sentences, List<CompilationVersion> versions,
                               Map<String, InterpretationVersion> readings) {

    public String effectiveBrief() {
        return resultsInBrief == null || resultsInBrief.isBlank() ? suggestedBrief : resultsInBrief;
    }

    public int nextVersionNo() {
        return versions.stream().mapToInt(CompilationVersion::versionNo).max().orElse(0) + 1;
    }
}
