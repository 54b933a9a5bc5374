package se.fou.oj.cycle;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;

/** Cycles of the working model: every user sees the list; FoU creates them and moves them through the stages. */
@Service
public class CycleService {

    private final CycleRepository repository;
    private final RegionService regionService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    CycleService(CycleRepository repository, RegionService regionService, AuditService audit, Messages messages, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.regionService = regionService;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Cycle> cycles() {
        CurrentUser.require();
        List<Cycle> cycles = repository.all();
        Map<Long, String> areaNames = regionService.areaNames(cycles.stream().map(Cycle::areaId).distinct().toList());
        Collator swedish = Collator.getInstance(Messages.SWEDISH);
        // Newest year first, then the areas in Swedish alphabetical order
        return cycles.stream().map(c -> c.withAreaName(areaNames.get(c.areaId())))
                .sorted(Comparator.comparingInt(Cycle::year).reversed().thenComparing(Cycle::areaName, swedish)).toList();
    }

    @Transactional(readOnly = true)
    public Cycle cycle(long id) {
        CurrentUser.require();
        return named(repository.byId(id)).orElseThrow(() -> new NotFoundException(messages.get("cycle.error.notFound", String.valueOf(id))));
    }

    @Transactional
    public Cycle createCycle(Long areaId, Integer year) {
        AccessGuard.requireRole("createCycle", Role.FOU);
        if (areaId == null) {
            throw new ValidationException(messages.get("cycle.error.areaRequired"));
        }
        if (year == null || year < 2000 || year > 2100) {
            throw new ValidationException(messages.get("cycle.error.year"));
        }
        Area area = regionService.area(areaId);
        if (repository.exists(areaId, year)) {
            throw new ValidationException(messages.get("cycle.error.exists", area.name(), String.valueOf(year)));
        }
        long id = repository.insert(areaId, year);
        audit.record("CREATE", "cycle", id, area.name() + " " + year);
        return cycle(id);
    }

    @Transactional
    public Cycle changeStage(long id, Stage stage) {
        AccessGuard.requireRole("changeStage", Role.FOU);
        Cycle cycle = cycle(id);
        repository.updateStage(id, stage);
        audit.record("STAGE", "cycle", id, null, cycle.stage() + " -> " + stage,
                AuditChanges.of().coded("stage", cycle.stage(), stage, "stage."));
        return cycle(id);
    }

    /**
     * The stage follows the work: results imported put a cycle in stage 2, a decided improvement area or a follow-up
     * set up puts it in stage 3. Only ever forward, so a stage FoU set by hand further on (or Closed) stays; called by
     * the services that did the work, inside their transaction and after their own authorization.
     */
    @Transactional
    public void advanceTo(long id, Stage stage) {
        CurrentUser.require();
        Cycle cycle = cycle(id);
        if (cycle.stage() == Stage.CLOSED || cycle.stage().ordinal() >= stage.ordinal()) {
            return;
        }
        repository.updateStage(id, stage);
        audit.record("STAGE", "cycle", id, null, cycle.stage() + " -> " + stage + " (automatiskt)",
                AuditChanges.of().coded("stage", cycle.stage(), stage, "stage."));
    }

    /** Opens the cycle's results to every municipality of the region (before this each sees only its own). */
    @Transactional
    public Cycle publishResults(long id) {
        AccessGuard.requireRole("publishResults", Role.FOU);
        Cycle cycle = cycle(id);
        if (!cycle.hasResults()) {
            throw new ValidationException(messages.get("cycle.error.nothingToPublish"));
        }
        repository.markResultsPublished(id, LocalDateTime.now(clock));
        audit.record("PUBLISH", "cycle", id, "Resultaten publicerade för regionen");
        return cycle(id);
    }

    /**
     * Called by the results import, inside its transaction: the cycle keeps the number of indicators imported, so that
     * it knows whether it has results without reading results' tables.
     */
    @Transactional
    public void markResultsImported(long id, int indicatorCount) {
        AccessGuard.requireRole("importResults", Role.FOU);
        repository.markResultsImported(id, indicatorCount, LocalDateTime.now(clock));
        advanceTo(id, Stage.RESULTS_WORK);
    }

    private Optional<Cycle> named(Optional<Cycle> cycle) {
        return cycle.map(c -> c.withAreaName(regionService.areaNames(List.of(c.areaId())).get(c.areaId())));
    }
}
