package se.fou.oj.followup;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.IndicatorSentence;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;
import se.fou.oj.results.AnswerScale;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

/**
 * "Did it move?": an improvement area's indicators across every imported year of its area. The figures come from
 * {@link ResultsService}, the one place that computes averages and decides what a reader may see (a contact sees a
 * year's regional figures only once that year is published). Reached through {@link FollowUpService}, which checks
 * that the area was decided.
 */
@Service
class TrendService {

    private final TrendRepository repository;
    private final CycleService cycleService;
    private final ResultsService resultsService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    TrendService(TrendRepository repository, CycleService cycleService, ResultsService resultsService, AuditService audit,
                 Messages messages, Clock clock) {
        this.repository = repository;
        this.cycleService = cycleService;
        this.resultsService = resultsService;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    AreaTrend trend(ImprovementArea area) {
        AppUserPrincipal user = CurrentUser.require();
        Cycle decided = cycleService.cycle(area.cycleId());
        List<Cycle> cycles = cycleService.cycles().stream()
                .filter(c -> c.areaId() == decided.areaId() && c.hasResults())
                .sorted(Comparator.comparingInt(Cycle::year)).toList();
        // A reader with neither the region's view nor a municipality (a contact not yet tied to one) sees published
        // years only; ResultsService would refuse her an unpublished one
        boolean readsUnpublished = user.seesWholeRegion() || user.municipalityId() != null;
        List<CycleResults> results = cycles.stream()
                .map(c -> readsUnpublished || c.resultsPublished() ? resultsService.results(c.id()) : null).toList();
        // In the region's order (a year with the whole region first), then any the reader saw only in other years
        Map<Long, Municipality> seen = new LinkedHashMap<>();
        results.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((CycleResults r) -> r.municipalities().size()).reversed())
                .forEach(r -> r.municipalities().forEach(m -> seen.putIfAbsent(m.id(), m)));
        List<Municipality> municipalities = List.copyOf(seen.values());
        List<ComparisonUnit> units = results.stream().filter(Objects::nonNull).findFirst()
                .map(CycleResults::comparisonUnits).orElse(List.of());
        Map<String, TrendRepository.StoredSentence> stored = repository.sentences(area.developmentAreaId());
        List<IndicatorTrend> indicators = new ArrayList<>();
        for (String code : area.indicatorCodes()) {
            IndicatorTrend trend = figures(code, cycles, results, decided.year());
            String generated = TrendSentences.sentence(trend);
            TrendRepository.StoredSentence edit = stored.get(code);
            boolean flagged = edit != null && (!edit.generatedText().equals(generated)
                    || !TrendSentences.agrees(edit.editedText(), trend));
            // A rewording that does not agree with what this reader sees is FoU's to mend: the others read the
            // generated sentence (it may speak of a year the reader may not see yet)
            boolean showEdit = edit != null && (!flagged || user.hasRole(Role.FOU));
            indicators.add(trend.withSentence(new IndicatorSentence(code, generated, showEdit ? edit.editedText() : null,
                    showEdit && flagged)));
        }
        return new AreaTrend(area.developmentAreaId(), cycles.stream().map(Cycle::year).toList(), decided.year(),
                municipalities, units, indicators);
    }

    private static IndicatorTrend figures(String code, List<Cycle> cycles, List<CycleResults> results, int decidedYear) {
        List<IndicatorTrend.Year> years = new ArrayList<>();
        String decidedText = null;
        String latestText = null;
        AnswerScale scale = AnswerScale.WORD;
        for (int i = 0; i < cycles.size(); i++) {
            IndicatorRow row = results.get(i) == null ? null : results.get(i).byCode().get(code);
            int year = cycles.get(i).year();
            if (row == null) {
                years.add(new IndicatorTrend.Year(year, year == decidedYear, false, Map.of(), null, Map.of()));
                continue;
            }
            latestText = row.text();
            if (year == decidedYear) {
                decidedText = row.text();
            }
            scale = row.scale();
            years.add(new IndicatorTrend.Year(year, year == decidedYear, true, row.answers(), row.average(),
                    row.comparisons()));
        }
        // named as decided; the latest wording when the decision's year lacks the indicator
        String text = decidedText != null ? decidedText : latestText;
        return new IndicatorTrend(code, text == null ? "" : text, scale, years, null);
    }

    /** FoU's own wording of an indicator's trend sentence; an empty text returns to the generated sentence. */
    @Transactional
    void editSentence(ImprovementArea area, String indicatorCode, String text) {
        AppUserPrincipal user = AccessGuard.requireRole("editTrendSentence", Role.FOU);
        IndicatorTrend trend = trend(area).indicators().stream().filter(t -> t.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("followUp.trend.error.noIndicator", indicatorCode)));
        String generated = trend.sentence().generated();
        if (text == null || text.isBlank() || text.trim().equals(generated)) {
            repository.deleteSentence(area.developmentAreaId(), indicatorCode);
            audit.record("RESET_TREND_SENTENCE", "developmentArea", area.developmentAreaId(), null, indicatorCode,
                    AuditChanges.of().field("sentence:" + indicatorCode, trend.sentence().effective(), generated));
            return;
        }
        if (text.length() > CompilationService.MAX_SENTENCE) {
            throw new ValidationException(messages.get("text.error.tooLong", messages.get("followUp.trend.text"),
                    CompilationService.MAX_SENTENCE, text.length()));
        }
        repository.saveSentence(area.developmentAreaId(), indicatorCode, text.trim(), generated, user.username(),
                LocalDateTime.now(clock));
        audit.record("EDIT_TREND_SENTENCE", "developmentArea", area.developmentAreaId(), null,
                indicatorCode + ": " + text.trim(), AuditChanges.of()
                        .field("sentence:" + indicatorCode, trend.sentence().effective(), text.trim()));
    }
}
