package se.fou.oj.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeLink;
import se.fou.oj.results.CycleResults;
import se.fou.oj.submission.CompiledAnswers;

/**
 * What the short analysis shows, gathered in one go from the data: the report's own texts and proposals, the results,
 * the chosen development areas, the municipalities' answers to each request and the knowledge behind each area.
 */
record AnalysisContents(Cycle cycle, AnalysisReport report, CycleResults results, List<DevelopmentArea> areas,
                        List<AreaRequest> requests, Map<Long, List<KnowledgeLink>> knowledge) {

    /** A request's compiled answers, with the development area it asks about (null: the whole cycle). */
    record AreaRequest(Long developmentAreaId, CompiledAnswers answers) {
    }

    List<AreaRequest> requestsOf(Long developmentAreaId) {
        return requests.stream().filter(r -> Objects.equals(r.developmentAreaId(), developmentAreaId)).toList();
    }

    /** Every knowledge item the report refers to, once, sorted as a reference list is. */
    List<KnowledgeItem> references() {
        Set<Long> chosen = areas.stream().map(DevelopmentArea::id).collect(Collectors.toSet());
        return knowledge.entrySet().stream().filter(e -> chosen.contains(e.getKey())).flatMap(e -> e.getValue().stream())
                .map(KnowledgeLink::item)
                .collect(Collectors.toMap(KnowledgeItem::id, i -> i, (a, b) -> a))
                .values().stream()
                .sorted(Comparator.comparing(KnowledgeItem::authors, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(i -> i.year() == null ? 0 : i.year()))
                .toList();
    }
}
