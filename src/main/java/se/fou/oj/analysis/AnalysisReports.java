package se.fou.oj.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.region.RegionService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;

/**
 * What both the report and its proposals need: the versions as stored, named (the areas' titles and the
 * municipalities' names come from their own modules, one call each, not one per row), who may read which version, and
 * the draft locked for a change. Callers are the module's services, inside their transactions.
 */
@Component
class AnalysisReports {

    private final AnalysisRepository repository;
    private final CycleService cycleService;
    private final DevelopmentAreaService developmentAreaService;
    private final RequestService submissionService;
    private final RegionService regionService;
    private final Messages messages;

    AnalysisReports(AnalysisRepository repository, CycleService cycleService, DevelopmentAreaService developmentAreaService,
                    RequestService submissionService, RegionService regionService, Messages messages) {
        this.repository = repository;
        this.cycleService = cycleService;
        this.developmentAreaService = developmentAreaService;
        this.submissionService = submissionService;
        this.regionService = regionService;
        this.messages = messages;
    }

    /** Every version of the cycle's report, newest first, whoever may read them. */
    List<AnalysisReport> ofCycle(long cycleId) {
        List<AnalysisReport> all = repository.reportsOfCycle(cycleId);
        if (all.isEmpty()) {
            return all;
        }
        Names names = names(cycleId, all.stream().flatMap(r -> r.proposals().stream()).toList());
        return all.stream().map(names::of).toList();
    }

    /**
     * Every version of the cycles' reports, by cycle and newest first, whoever may read them: a fixed number of queries
     * (the areas' titles and the municipalities' names one call each for all cycles). Every given cycle has an entry.
     */
    Map<Long, List<AnalysisReport>> ofCycles(Collection<Long> cycleIds) {
        Map<Long, List<AnalysisReport>> byCycle = new LinkedHashMap<>();
        cycleIds.forEach(id -> byCycle.put(id, new ArrayList<>()));
        List<AnalysisReport> all = cycleIds.isEmpty() ? List.of() : repository.reportsOfCycles(cycleIds);
        if (all.isEmpty()) {
            return byCycle;
        }
        Map<Long, String> titles = developmentAreaService.areasOfCycles(all.stream().map(AnalysisReport::cycleId)
                        .distinct().toList()).values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(DevelopmentArea::id, DevelopmentArea::title));
        Names names = new Names(titles, municipalityNames(all.stream().flatMap(r -> r.proposals().stream()).toList()));
        all.forEach(r -> byCycle.get(r.cycleId()).add(names.of(r)));
        return byCycle;
    }

    /** The versions the current user may read of each of the cycles, newest first: the rule of {@link #readableOfCycle}. */
    Map<Long, List<AnalysisReport>> readableOfCycles(Collection<Long> cycleIds) {
        AppUserPrincipal user = CurrentUser.require();
        Map<Long, List<AnalysisReport>> all = ofCycles(cycleIds);
        if (user.hasRole(Role.FOU)) {
            return all;
        }
        Map<Long, List<AnalysisReport>> readable = new LinkedHashMap<>();
        all.forEach((cycleId, reports) -> readable.put(cycleId,
                reports.isEmpty() || (user.role() == Role.MUNICIPAL_CONTACT && !contactMayRead(cycleId)) ? List.of()
                        : reports.stream().filter(AnalysisReport::frozen).toList()));
        return readable;
    }

    /** The newest version sent for decision of each of the cycles that has one, whoever may read it. */
    Map<Long, AnalysisReport> sentOfCycles(Collection<Long> cycleIds) {
        Map<Long, AnalysisReport> sent = new LinkedHashMap<>();
        ofCycles(cycleIds).forEach((cycleId, reports) -> reports.stream().filter(AnalysisReport::frozen).findFirst()
                .ifPresent(r -> sent.put(cycleId, r)));
        return sent;
    }

    Optional<AnalysisReport> byId(long reportId) {
        return repository.report(reportId).map(r -> names(r.cycleId(), r.proposals()).of(r));
    }

    /** The versions the current user may read, newest first. */
    List<AnalysisReport> readableOfCycle(long cycleId) {
        AppUserPrincipal user = CurrentUser.require();
        cycleService.cycle(cycleId);
        List<AnalysisReport> all = ofCycle(cycleId);
        if (user.hasRole(Role.FOU)) {
            return all;
        }
        if (user.role() == Role.MUNICIPAL_CONTACT && !contactMayRead(cycleId)) {
            return List.of();
        }
        return all.stream().filter(AnalysisReport::frozen).toList();
    }

    /**
     * One version, if the current user may read it: the same rule as {@link #readableOfCycle}, checked on the one version
     * instead of reading them all.
     */
    AnalysisReport readableReport(long reportId) {
        AppUserPrincipal user = CurrentUser.require();
        AnalysisReport report = byId(reportId).orElseThrow(this::notFound);
        boolean readable = user.hasRole(Role.FOU) || (report.frozen()
                && (user.role() != Role.MUNICIPAL_CONTACT || contactMayRead(report.cycleId())));
        if (!readable) {
            // A version the user may not read is, to them, a version that does not exist
            throw AccessGuard.deny(user, "readAnalysisReport", "report " + reportId + " not readable");
        }
        return report;
    }

    /** The newest version sent for decision, whoever may read it. */
    Optional<AnalysisReport> sent(long cycleId) {
        return ofCycle(cycleId).stream().filter(AnalysisReport::frozen).findFirst();
    }

    /**
     * A sent report shows every municipality's results and answers, so a contact reads it only once both are open to
     * the whole region: the cycle's results published and every request's answers published.
     */
    boolean contactMayRead(long cycleId) {
        return cycleService.cycle(cycleId).resultsPublished()
                && submissionService.requests(cycleId).stream().allMatch(Request::answersPublished);
    }

    /** The draft, locked against a concurrent send for decision (see {@link AnalysisRepository#lockReport}). */
    AnalysisReport draft(long reportId) {
        repository.lockReport(reportId);
        AnalysisReport report = byId(reportId).orElseThrow(this::notFound);
        if (report.frozen()) {
            throw frozen();
        }
        return report;
    }

    /** Proposals of any cycles, named; in the order given. */
    List<Proposal> named(Collection<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        // A proposal's area is one of its cycle's: one call per cycle (commonly one), not one per proposal
        Map<Long, String> titles = developmentAreaService.areasOfCycles(
                        repository.cyclesOfReports(proposals.stream().map(Proposal::reportId).toList()))
                .values().stream().flatMap(List::stream).collect(Collectors.toMap(DevelopmentArea::id, DevelopmentArea::title));
        Names names = new Names(titles, municipalityNames(proposals));
        return proposals.stream().map(names::of).toList();
    }

    Proposal named(Proposal proposal) {
        return named(List.of(proposal)).get(0);
    }

    ValidationException frozen() {
        return new ValidationException(messages.get("analysis.error.frozen"));
    }

    NotFoundException notFound() {
        return new NotFoundException(messages.get("analysis.error.notFound"));
    }

    /** The titles of the cycle's development areas and the municipalities' names, for the reports of one cycle. */
    private Names names(long cycleId, Collection<Proposal> proposals) {
        return new Names(developmentAreaService.areasOfCycle(cycleId).stream()
                .collect(Collectors.toMap(DevelopmentArea::id, DevelopmentArea::title)), municipalityNames(proposals));
    }

    /** The names of the municipalities the proposals' plans make responsible, in one call. */
    private Map<Long, String> municipalityNames(Collection<Proposal> proposals) {
        return regionService.municipalityNames(proposals.stream().flatMap(p -> p.plan().responsibilities().stream())
                .map(Plan.Responsibility::municipalityId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private record Names(Map<Long, String> areaTitles, Map<Long, String> municipalityNames) {

        AnalysisReport of(AnalysisReport r) {
            return new AnalysisReport(r.id(), r.cycleId(), r.versionNo(), r.status(), r.introduction(), r.analysis(),
                    r.updatedBy(), r.updatedAt(), r.sentBy(), r.sentAt(), r.proposals().stream().map(this::of).toList());
        }

        Proposal of(Proposal p) {
            Plan plan = p.plan();
            List<Plan.Responsibility> rows = plan.responsibilities().stream()
                    .map(x -> new Plan.Responsibility(x.responsible(), x.municipalityId(),
                            x.municipalityId() == null ? null : municipalityNames.get(x.municipalityId()), x.task()))
                    .toList();
            return new Proposal(p.id(), p.reportId(), p.developmentAreaId(), areaTitles.get(p.developmentAreaId()),
                    p.motivation(), new Plan(plan.startsOn(), plan.endsOn(), plan.milestones(), rows));
        }
    }
}
