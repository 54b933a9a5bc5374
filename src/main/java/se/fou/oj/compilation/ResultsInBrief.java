package se.fou.oj.compilation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.Percent;

/** A suggested "results in brief" paragraph, from the data: how the region compares with Riket, highest and lowest. */
final class ResultsInBrief {

    private ResultsInBrief() {
    }

    static String suggest(CycleResults results) {
        List<IndicatorRow> rows = results.allRows().stream()
                .filter(r -> r.scale() == AnswerScale.WORD && r.average() != null && r.average().value() != null)
                .toList();
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        ComparisonUnit riket = results.comparisonUnits().stream().filter(u -> u.code().equals("RIKET")).findFirst().orElse(null);
        if (riket != null) {
            Map<ComparisonSentences.Relation, Long> counts = rows.stream()
                    .filter(r -> r.comparisons().get(riket.code()) != null)
                    .collect(Collectors.groupingBy(r -> ComparisonSentences.relation(r.average().value(),
                            r.comparisons().get(riket.code())), Collectors.counting()));
            text.append("Av ").append(rows.size()).append(" indikatorer är regionens snitt bättre än riket för ")
                    .append(counts.getOrDefault(ComparisonSentences.Relation.BETTER, 0L)).append(", i nivå med riket för ")
                    .append(counts.getOrDefault(ComparisonSentences.Relation.IN_LINE, 0L)).append(" och sämre än riket för ")
                    .append(counts.getOrDefault(ComparisonSentences.Relation.WORSE, 0L)).append(". ");
        }
        BigDecimal highest = rows.stream().map(r -> r.average().value()).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal lowest = rows.stream().map(r -> r.average().value()).min(Comparator.naturalOrder()).orElseThrow();
        text.append("Högst snitt (").append(Percent.display(highest)).append(") har ").append(codes(rows, highest))
                .append("; lägst (").append(Percent.display(lowest)).append(") har ").append(codes(rows, lowest)).append('.');
        return text.toString();
    }

    private static String codes(List<IndicatorRow> rows, BigDecimal value) {
        return ComparisonSentences.names(rows.stream().filter(r -> r.average().value().compareTo(value) == 0)
                .map(IndicatorRow::code).toList());
    }
}
