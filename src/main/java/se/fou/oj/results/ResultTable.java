package se.fou.oj.results;

import java.util.List;
import java.util.stream.Collectors;
import se.fou.oj.region.Municipality;

/** One results table of the report: the indicators of one table within one chapter, in the report's order. */
public record ResultTable(String chapter, String tableName, List<IndicatorRow> rows) {

    /**
     * Which answers are missing, per indicator, for the note under the table ("EB02: Solna"); empty when none is.
     * Screen and PDF print the same note from this.
     */
    public List<String> missingAnswers(List<Municipality> municipalities) {
        return rows.stream()
                .filter(row -> municipalities.stream().anyMatch(m -> row.answerOf(m.id()).isMissing()))
                .map(row -> row.code() + ": " + municipalities.stream().filter(m -> row.answerOf(m.id()).isMissing())
                        .map(Municipality::name).collect(Collectors.joining(", ")))
                .toList();
    }
}
