package se.fou.oj.developmentarea;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

/**
 * A cycle's development areas, strictly from its ÖJ results: every area points at the indicators behind it. FoU
 * enters them (typically at the result meeting) and moves them along; a municipal contact may propose one once the
 * results are published; everybody of the region reads them.
 */
@Service
public class DevelopmentAreaService {

    private final DevelopmentAreaRepository repository;
    private final CycleService cycleService;
    private final ResultsService resultsService;
    private final RegionService regionService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    DevelopmentAreaService(DevelopmentAreaRepository repository, CycleService cycleService, ResultsService resultsService,
                           RegionService regionService, AuditService audit, Messages messages, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.cycleService = cycleService;
        this.resultsService = resultsService;
        this.regionService = regionService;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<DevelopmentArea> areasOfCycle(long cycleId) {
        CurrentUser.require();
        cycleService.cycle(cycleId);
        return repository.ofCycle(cycleId, regionService::municipalityNames);
    }

    /**
     * The development areas of several cycles at once (e.g. for the start page), for anybody logged in as
     * {@link #areasOfCycle}: a fixed number of queries, however many cycles. Every given cycle has an entry.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<DevelopmentArea>> areasOfCycles(Collection<Long> cycleIds) {
        CurrentUser.require();
        Map<Long, List<DevelopmentArea>> byCycle = new LinkedHashMap<>();
        cycleIds.forEach(id -> byCycle.put(id, new ArrayList<>()));
        if (!cycleIds.isEmpty()) {
            repository.ofCycles(cycleIds, regionService::municipalityNames)
                    .forEach(a -> byCycle.get(a.cycleId()).add(a));
        }
        return byCycle;
    }

    /** One development area, for anybody logged in (the areas of a cycle are the region's shared work). */
    @Transactional(readOnly = true)
    public DevelopmentArea developmentArea(long id) {
        CurrentUser.require();
        return area(id);
    }

    /**
     * Marks the area approved as an improvement area: called by the decision service when the social chiefs' decision
     * is taken, as the user who took it: the social chief whose vote completed the quorum, or FoU recording the
     * group's decision from a meeting. No screen calls it, so a social chief reaches it only through that decision.
     */
    @Transactional
    public DevelopmentArea markApproved(long id) {
        AppUserPrincipal user = AccessGuard.requireRole("approveDevelopmentArea", Role.FOU, Role.SOCIAL_CHIEF);
        DevelopmentArea area = area(id);
        repository.setStatus(id, DevelopmentArea.Status.APPROVED, null);
        audit.record("STATUS", "developmentArea", id, null, area.status() + " -> APPROVED (" + user.username() + ")",
                AuditChanges.of().coded("status", area.status(), DevelopmentArea.Status.APPROVED, "developmentArea.status."));
        return area(id);
    }

    @Transactional
    public DevelopmentArea propose(long cycleId, DevelopmentAreaDraft draft) {
        AppUserPrincipal user = CurrentUser.require();
        Cycle cycle = cycleService.cycle(cycleId);
        if (!user.hasRole(Role.FOU) && !(user.role() == Role.MUNICIPAL_CONTACT && cycle.resultsPublished())) {
            throw AccessGuard.deny(user, "proposeDevelopmentArea", "only FoU, or contacts after publication");
        }
        DevelopmentAreaDraft clean = validate(cycleId, draft);
        long id = repository.insert(cycleId, clean, user.username(),
                user.role() == Role.MUNICIPAL_CONTACT ? user.municipalityId() : null, LocalDateTime.now(clock));
        audit.record("PROPOSE", "developmentArea", id, clean.title() + " " + clean.indicatorCodes());
        return repository.byId(id, regionService::municipalityNames).orElseThrow();
    }

    @Transactional
    public DevelopmentArea edit(long id, DevelopmentAreaDraft draft) {
        AccessGuard.requireRole("editDevelopmentArea", Role.FOU);
        DevelopmentArea area = area(id);
        repository.update(id, validate(area.cycleId(), draft));
        DevelopmentArea edited = area(id);
        audit.record("EDIT", "developmentArea", id, null, draft.title(), AuditChanges.of()
                .field("developmentArea.title", area.title(), edited.title())
                .field("developmentArea.need", area.need(), edited.need())
                .field("developmentArea.known", area.alreadyKnown(), edited.alreadyKnown())
                .field("indicators", String.join(", ", area.indicatorCodes()), String.join(", ", edited.indicatorCodes())));
        return edited;
    }

    @Transactional
    public DevelopmentArea select(long id) {
        return move(id, DevelopmentArea.Status.SELECTED, null);
    }

    @Transactional
    public DevelopmentArea close(long id) {
        return move(id, DevelopmentArea.Status.CLOSED, null);
    }

    @Transactional
    public DevelopmentArea drop(long id, String reason) {
        if (!StringUtils.hasText(reason)) {
            throw new ValidationException(messages.get("developmentArea.error.reason"));
        }
        TextLimit.TEXT.check(messages, reason.trim(), "developmentArea.dropReason");
        return move(id, DevelopmentArea.Status.DROPPED, reason.trim());
    }

    private DevelopmentArea move(long id, DevelopmentArea.Status status, String reason) {
        AccessGuard.requireRole("moveDevelopmentArea", Role.FOU);
        DevelopmentArea area = area(id);
        repository.setStatus(id, status, reason);
        audit.record("STATUS", "developmentArea", id, null, area.status() + " -> " + status + (reason == null ? "" : ": " + reason),
                AuditChanges.of().coded("status", area.status(), status, "developmentArea.status.")
                        .field("dropReason", area.dropReason(), reason));
        return area(id);
    }

    private DevelopmentArea area(long id) {
        return repository.byId(id, regionService::municipalityNames).orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
    }

    /** An area needs a title, the need behind it and at least one indicator of the cycle's own results. */
    private DevelopmentAreaDraft validate(long cycleId, DevelopmentAreaDraft draft) {
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(draft.title())) {
            problems.add(messages.get("developmentArea.error.title"));
        }
        if (!StringUtils.hasText(draft.need())) {
            problems.add(messages.get("developmentArea.error.need"));
        }
        if (!TextLimit.TITLE.fits(draft.title())) {
            problems.add(TextLimit.TITLE.problem(messages, draft.title(), "developmentArea.title"));
        }
        if (!TextLimit.TEXT.fits(draft.need())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.need(), "developmentArea.need"));
        }
        if (!TextLimit.TEXT.fits(draft.alreadyKnown())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.alreadyKnown(), "developmentArea.known"));
        }
        Set<String> known = resultsService.results(cycleId).allRows().stream().map(IndicatorRow::code)
                .collect(Collectors.toSet());
        Set<String> codes = new LinkedHashSet<>(draft.indicatorCodes() == null ? List.of() : draft.indicatorCodes());
        if (codes.isEmpty()) {
            problems.add(messages.get("developmentArea.error.indicators"));
        } else if (!known.containsAll(codes)) {
            codes.removeAll(known);
            problems.add(messages.get("developmentArea.error.unknownIndicators", String.join(", ", codes)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new DevelopmentAreaDraft(draft.title().trim(), draft.need().trim(),
                StringUtils.hasText(draft.alreadyKnown()) ? draft.alreadyKnown().trim() : null, List.copyOf(codes),
                draft.meetingId());
    }
}
