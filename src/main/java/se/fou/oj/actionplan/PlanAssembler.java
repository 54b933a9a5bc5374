package se.fou.oj.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Plans as read: the stored rows with their activities, notes and municipality names put together, overdue judged by
 * the given day, and ordered for the reader (her own municipality first, the others by name, the region's/FoU's last).
 */
final class PlanAssembler {

    private PlanAssembler() {
    }

    static List<ActionPlan> assemble(List<ActionPlanRepository.PlanRow> plans, List<ActionPlanRepository.ActivityRow> activities,
                                     Map<Long, List<Note>> notes, Map<Long, String> names, LocalDate today, Long ownMunicipalityId) {
        Map<Long, List<ActionPlanRepository.ActivityRow>> byPlan = activities.stream()
                .collect(Collectors.groupingBy(ActionPlanRepository.ActivityRow::planId));
        List<ActionPlan> result = new ArrayList<>();
        for (ActionPlanRepository.PlanRow plan : plans) {
            String name = plan.municipalityId() == null ? null : names.get(plan.municipalityId());
            List<Activity> list = byPlan.getOrDefault(plan.id(), List.of()).stream()
                    .map(a -> activity(plan, name, a, notes.getOrDefault(a.id(), List.of()), today)).toList();
            boolean changed = plan.approvedAt() != null && plan.changedAt() != null && plan.changedAt().isAfter(plan.approvedAt());
            result.add(new ActionPlan(plan.id(), plan.developmentAreaId(), plan.municipalityId(), name, list,
                    plan.approvedBy(), plan.approvedAt(), changed, Progress.of(list)));
        }
        result.sort(readerOrder(ownMunicipalityId));
        return result;
    }

    static Activity activity(ActionPlanRepository.PlanRow plan, String municipalityName, ActionPlanRepository.ActivityRow a,
                             List<Note> notes, LocalDate today) {
        boolean overdue = a.dueOn() != null && a.dueOn().isBefore(today) && !a.status().finished();
        return new Activity(a.id(), a.planId(), plan.developmentAreaId(), plan.municipalityId(), municipalityName, a.what(),
                a.responsiblePerson(), a.startsOn(), a.dueOn(), a.status(), a.dropReason(), overdue,
                !ActionPlanSeeder.ADDED.equals(a.origin()), notes);
    }

    /** The reader's own municipality first, then the municipalities by name, the region's/FoU's plan last. */
    static Comparator<ActionPlan> readerOrder(Long ownMunicipalityId) {
        return Comparator.comparing((ActionPlan p) -> p.regionPlan())
                .thenComparing(p -> !Objects.equals(p.municipalityId(), ownMunicipalityId) || ownMunicipalityId == null)
                .thenComparing(p -> p.municipalityName() == null ? "" : p.municipalityName());
    }

    /** The area's progress from its plans (already in the reader's order). */
    static AreaProgress progress(long developmentAreaId, List<ActionPlan> plans) {
        if (plans.isEmpty()) {
            return AreaProgress.none(developmentAreaId);
        }
        List<AreaProgress.MunicipalityProgress> municipalities = plans.stream().filter(p -> !p.regionPlan())
                .map(p -> new AreaProgress.MunicipalityProgress(p.municipalityId(), p.municipalityName(), p.progress())).toList();
        Progress region = plans.stream().filter(ActionPlan::regionPlan).map(ActionPlan::progress).findFirst().orElse(Progress.NONE);
        return AreaProgress.of(developmentAreaId, municipalities, region);
    }
}
