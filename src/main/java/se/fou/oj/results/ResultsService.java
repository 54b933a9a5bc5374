package se.fou.oj.results;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsRepository.StoredIndicator;

/**
 * A cycle's ÖJ results: reading them (with the regional average) and importing them. A municipal contact sees only
 * their own municipality's answers until FoU publishes the cycle's results; FoU and social chiefs see the region.
 */
@Service
public class ResultsService {

    /** The largest results file taken (screen, API, multipart alike): the national file is about 1 MB. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    private final ResultsRepository repository;
    private final CycleService cycleService;
    private final RegionService regionService;
    private final AuditService audit;
    private final Messages messages;
    private final MeterRegistry meters;

    ResultsService(ResultsRepository repository, CycleService cycleService, RegionService regionService,
                   AuditService audit, Messages messages, MeterRegistry meters) {
        this.repository = repository;
        this.cycleService = cycleService;
        this.regionService = regionService;
        this.audit = audit;
        this.messages = messages;
        this.meters = meters;
    }

    /** The results the current user may see: the whole region, or before publication a contact's own municipality. */
    @Transactional(readOnly = true)
    public CycleResults results(long cycleId) {
        AppUserPrincipal user = CurrentUser.require();
        Cycle cycle = cycleService.cycle(cycleId);
        if (mayReadWholeRegion(user, cycle)) {
            List<Municipality> region = regionMunicipalities(cycleId);
            return build(cycle, region, region, PreviousYear.forReader(user));
        }
        Municipality own = ownMunicipality(user);
        return build(cycle, List.of(own), null, PreviousYear.forReader(user));
    }

    /**
     * The results as everyone will read them once published, for documents that are published (the compilation): the
     * whole region, and the previous year only as far as its own cycle is published, whoever draws the document (FoU).
     */
    @Transactional(readOnly = true)
    public CycleResults resultsAsPublished(long cycleId) {
        AccessGuard.requireRole("readResultsAsPublished", Role.FOU);
        Cycle cycle = cycleService.cycle(cycleId);
        List<Municipality> region = regionMunicipalities(cycleId);
        return build(cycle, region, region, PreviousYear.PUBLISHED_ONLY);
    }

    /**
     * One municipality's results (API: {@code ?municipality=0125}). Denied for another municipality's contact while
     * the results are unpublished.
     */
    @Transactional(readOnly = true)
    public CycleResults resultsOfMunicipality(long cycleId, String municipalityCode) {
        AppUserPrincipal user = CurrentUser.require();
        Cycle cycle = cycleService.cycle(cycleId);
        Municipality municipality = regionService.municipalityByCode(municipalityCode)
                .orElseThrow(() -> new NotFoundException(messages.get("municipality.error.unknownCode", municipalityCode)));
        if (mayReadWholeRegion(user, cycle)) {
            return build(cycle, List.of(municipality), regionMunicipalities(cycleId), PreviousYear.forReader(user));
        }
        AccessGuard.requireMunicipalityAccess("readResults", municipality.id());
        return build(cycle, List.of(municipality), null, PreviousYear.forReader(user));
    }

    private static boolean mayReadWholeRegion(AppUserPrincipal user, Cycle cycle) {
        return user.seesWholeRegion() || cycle.resultsPublished();
    }

    private Municipality ownMunicipality(AppUserPrincipal user) {
        if (user.municipalityId() == null) {
            throw AccessGuard.deny(user, "readResults", "no municipality");
        }
        return regionService.municipalities().stream()
                .filter(m -> m.id() == user.municipalityId()).findFirst()
                .orElseThrow(() -> AccessGuard.deny(user, "readResults", "municipality missing"));
    }

    /**
     * How much of the previous year a reader sees. The previous year obeys its own cycle's publication, not the
     * current one's: while 2017 is unpublished a contact reading the published 2018 sees her own municipality's 2017
     * answer and change only, and no 2017 regional figures; a published document shows nothing of an unpublished year.
     *
     * @param own the municipality whose previous answers are always shown (a contact's), or null
     */
    private record PreviousYear(boolean alwaysOpen, Long own) {

        static final PreviousYear PUBLISHED_ONLY = new PreviousYear(false, null);

        static PreviousYear forReader(AppUserPrincipal user) {
            return new PreviousYear(user.seesWholeRegion(), user.municipalityId());
        }

        boolean open(Cycle previous) {
            return alwaysOpen || previous.resultsPublished();
        }
    }

    /** The region's columns: every active municipality, plus inactive ones that answered in this cycle. */
    private List<Municipality> regionMunicipalities(long cycleId) {
        Set<Long> answered = repository.municipalitiesWithResults(cycleId);
        return regionService.municipalities().stream()
                .filter(m -> m.active() || answered.contains(m.id()))
                .toList();
    }

    /**
     * @param columns the municipalities whose answers are shown
     * @param region the municipalities the regional average is computed over, or null when it may not be shown
     * @param previousYear how much of the previous year the reader sees
     */
    private CycleResults build(Cycle cycle, List<Municipality> columns, List<Municipality> region,
                               PreviousYear previousYear) {
        Set<Long> ids = columns.stream().map(Municipality::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> regionIds = region == null ? Set.of()
                : region.stream().map(Municipality::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> loaded = new LinkedHashSet<>(ids);
        loaded.addAll(regionIds);
        List<ComparisonUnit> units = regionService.comparisonUnits();
        Map<Long, String> unitCodes = units.stream().collect(Collectors.toMap(ComparisonUnit::id, ComparisonUnit::code));
        List<StoredIndicator> stored = repository.load(cycle.id(), loaded, unitCodes);
        // The previous year, matched by indicator code, under its own cycle's publication (see PreviousYear); what may
        // not be shown is not even loaded
        Optional<Cycle> previousCycle = previousCycleWithResults(cycle);
        boolean previousOpen = previousCycle.map(previousYear::open).orElse(false);
        Set<Long> previousIds = previousOpen ? ids : ids.stream().filter(id -> id.equals(previousYear.own()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> previousRegionIds = previousOpen && region != null ? regionIds : null;
        Set<Long> previousLoaded = new LinkedHashSet<>(previousIds);
        if (previousRegionIds != null) {
            previousLoaded.addAll(previousRegionIds);
        }
        Map<String, StoredIndicator> previousByCode = previousCycle
                .map(p -> repository.load(p.id(), previousLoaded, unitCodes).stream()
                        .collect(Collectors.toMap(StoredIndicator::code, i -> i, (a, b) -> a)))
                .orElse(Map.of());
        Integer previousYearNo = previousCycle.map(Cycle::year).orElse(null);
        Map<String, List<IndicatorRow>> byTable = new LinkedHashMap<>();
        Map<String, String[]> tableKeys = new LinkedHashMap<>();
        for (StoredIndicator indicator : stored) {
            Map<Long, Answer> answers = new LinkedHashMap<>();
            for (Long id : ids) {
                answers.put(id, indicator.answers().getOrDefault(id, Answer.MISSING));
            }
            RegionalAverage average = region == null ? null : RegionalAverage.of(indicator.scale(), regionIds.stream()
                    .map(id -> indicator.answers().getOrDefault(id, Answer.MISSING)).toList());
            StoredIndicator before = previousByCode.get(indicator.code());
            IndicatorChange change = before == null ? null : YearOverYear.compare(previousYearNo, indicator.scale(),
                    indicator.answers(), before.answers(), previousIds, previousRegionIds);
            IndicatorRow row = new IndicatorRow(indicator.id(), indicator.code(), indicator.chapter(),
                    indicator.tableName(), indicator.text(), indicator.scale(), answers, average, indicator.comparisons(),
                    change);
            String key = indicator.chapter() + "\u0000" + indicator.tableName();
            byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            tableKeys.putIfAbsent(key, new String[] {indicator.chapter(), indicator.tableName()});
        }
        List<ResultTable> tables = byTable.entrySet().stream()
                .map(e -> new ResultTable(tableKeys.get(e.getKey())[0], tableKeys.get(e.getKey())[1], e.getValue()))
                .toList();
        boolean anyChange = tables.stream().flatMap(t -> t.rows().stream()).anyMatch(r -> r.change() != null);
        return new CycleResults(cycle, columns, units, tables, region != null,
                anyChange ? previousYearNo : null, anyChange && previousRegionIds != null);
    }

    /** The results the current user may see, as CSV (UTF-8 with byte order mark, so Excel reads å, ä, ö). */
    @Transactional(readOnly = true)
    public String exportCsv(long cycleId) {
        return "\uFEFF" + ResultsCsvWriter.write(results(cycleId), messages.get(CountingRule.DESCRIPTION_KEY));
    }

    /** The results the current user may see, as an Excel workbook with the same columns as the CSV. */
    @Transactional(readOnly = true)
    public void exportXlsx(long cycleId, OutputStream out) {
        ResultsXlsxWriter.write(results(cycleId), messages.get(CountingRule.DESCRIPTION_KEY), out);
    }

    /** Reads and checks a file without importing it; throws {@link ResultsImportException} listing every problem. */
    @Transactional(readOnly = true)
    public ImportSummary preview(long cycleId, String filename, byte[] content) {
        AccessGuard.requireRole("previewImport", Role.FOU);
        Cycle cycle = cycleService.cycle(cycleId);
        List<ParsedIndicator> indicators = parse(cycle, filename, content);
        return summarize(indicators, repository.indicatorCount(cycleId));
    }

    /**
     * Imports a file into the cycle: all or nothing. If the cycle already has results they are replaced only when
     * {@code replaceExisting} is set (the user confirmed); otherwise {@link ResultsAlreadyImportedException}.
     */
    @Transactional
    public ImportSummary importResults(long cycleId, String filename, byte[] content, boolean replaceExisting) {
        // Timed for operators (oj.results.import): a national file is read, checked and written in one go
        Timer.Sample sample = Timer.start(meters);
        String outcome = "refused";
        try {
            ImportSummary summary = importTimed(cycleId, filename, content, replaceExisting);
            outcome = "imported";
            return summary;
        } finally {
            sample.stop(Timer.builder("oj.results.import").tag("outcome", outcome)
                    .description("Time to read, check and store a results file").register(meters));
        }
    }

    private ImportSummary importTimed(long cycleId, String filename, byte[] content, boolean replaceExisting) {
        AccessGuard.requireRole("importResults", Role.FOU);
        Cycle cycle = cycleService.cycle(cycleId);
        if (content != null && content.length > MAX_IMPORT_BYTES) {
            throw new ResultsImportException(List.of(messages.get("import.error.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024))));
        }
        List<ParsedIndicator> indicators = parse(cycle, filename, content);
        int existing = repository.indicatorCount(cycleId);
        if (existing > 0 && !replaceExisting) {
            throw new ResultsAlreadyImportedException(messages.get("import.error.exists", cycle.title(), existing));
        }
        repository.replace(cycleId, indicators);
        cycleService.markResultsImported(cycleId, indicators.size());
        ImportSummary summary = summarize(indicators, existing);
        audit.record(existing > 0 ? "REIMPORT" : "IMPORT", "cycle", cycleId,
                (filename == null ? "" : filename + ": ") + indicators.size() + " indikatorer"
                        + (existing > 0 ? ", ersatte " + existing : ""));
        return summary;
    }

    /**
     * Indicator texts by code from these cycles (oldest first), a later cycle's wording winning: for the readings
     * of an area, which carry over from year to year. Indicator texts are no secret: any logged-in user.
     */
    @Transactional(readOnly = true)
    public Map<String, String> indicatorTexts(List<Long> cycleIdsOldestFirst) {
        CurrentUser.require();
        return cycleIdsOldestFirst.isEmpty() ? Map.of() : repository.indicatorTexts(cycleIdsOldestFirst);
    }

    /** The closest earlier cycle of the same area that has results (cycle keeps each one's indicator count). */
    private Optional<Cycle> previousCycleWithResults(Cycle cycle) {
        return cycleService.cycles().stream()
                .filter(c -> c.areaId() == cycle.areaId() && c.year() < cycle.year() && c.hasResults())
                .max(Comparator.comparingInt(Cycle::year));
    }

    private List<ParsedIndicator> parse(Cycle cycle, String filename, byte[] content) {
        ResultsFileReader.ReadOutcome read = ResultsFileReader.read(filename, content);
        if (read.problem() != null) {
            throw new ResultsImportException(List.of(read.problem().message(messages)));
        }
        ResultsFileValidator validator = new ResultsFileValidator(regionService.municipalities(),
                regionService.comparisonUnits(), cycle.areaName());
        ResultsFileValidator.Outcome outcome = validator.validate(read.table());
        if (!outcome.problems().isEmpty()) {
            throw new ResultsImportException(outcome.problems().stream().map(p -> p.message(messages)).toList());
        }
        return outcome.indicators();
    }

    private ImportSummary summarize(List<ParsedIndicator> indicators, int existing) {
        Map<Long, String> names = regionService.municipalities().stream()
                .collect(Collectors.toMap(Municipality::id, Municipality::name));
        List<String> municipalities = indicators.stream().flatMap(i -> i.answersByMunicipalityId().keySet().stream())
                .distinct().map(names::get).filter(Objects::nonNull).toList();
        int missing = (int) indicators.stream().flatMap(i -> i.answersByMunicipalityId().values().stream())
                .filter(Answer::isMissing).count();
        int tables = (int) indicators.stream().map(i -> i.chapter() + "\u0000" + i.tableName()).distinct().count();
        return new ImportSummary(indicators.size(), tables, municipalities, missing, existing);
    }
}
