package se.fou.oj.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.region.RegionService;

/**
 * The municipalities' action plans for a decided improvement area, and the region's/FoU's own. Everybody of the region
 * reads every plan (the work is the region's shared business; a reader's own municipality comes first). A municipal
 * contact edits her own municipality's plan only; FoU edits the region's/FoU's plan and may help any municipality with
 * its plan; a social chief approves her own municipality's plan, which is then marked approved with her name and the
 * date (a later change keeps the approval and shows that the plan changed after it).
 */
@Service
public class ActionPlanService {

    private final ActionPlanRepository repository;
    private final ActionPlanSeeder seeder;
    private final DecisionService decisionService;
    private final DevelopmentAreaService developmentAreaService;
    private final RegionService regionService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    ActionPlanService(ActionPlanRepository repository, ActionPlanSeeder seeder, DecisionService decisionService,
                      DevelopmentAreaService developmentAreaService, RegionService regionService, AuditService audit,
                      Messages messages, Clock clock) {
        this.repository = repository;
        this.seeder = seeder;
        this.decisionService = decisionService;
        this.developmentAreaService = developmentAreaService;
        this.regionService = regionService;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Makes sure the decided area has its plans (see {@link ActionPlanSeeder}); idempotent, for anybody logged in, since
     * it only lays out what the decision already says. "Not found" for an area that was never decided.
     */
    @Transactional
    public void ensurePlans(long developmentAreaId) {
        seeder.seed(improvementArea(developmentAreaId), regionService.activeMunicipalities());
    }

    /** Every decided area's plans, for areas decided before plans existed (at start-up). */
    @Transactional
    public void ensureAllPlans() {
        List<ImprovementArea> areas = decisionService.allImprovementAreas();
        if (!areas.isEmpty()) {
            var municipalities = regionService.activeMunicipalities();
            areas.forEach(area -> seeder.seed(area, municipalities));
        }
    }

    /** All plans of a decided area, seeded on first sight, the reader's own municipality first. */
    @Transactional
    public List<ActionPlan> plans(long developmentAreaId) {
        ensurePlans(developmentAreaId);
        return read(List.of(developmentAreaId), true);
    }

    @Transactional(readOnly = true)
    public ActionPlan plan(long planId) {
        CurrentUser.require();
        ActionPlanRepository.PlanRow row = planRow(planId);
        return assemble(List.of(row), true).get(0);
    }

    /** The progress of several areas at once (for the overview): every given area has an entry; a fixed number of queries. */
    @Transactional(readOnly = true)
    public Map<Long, AreaProgress> progressOfAreas(Collection<Long> developmentAreaIds) {
        CurrentUser.require();
        Map<Long, List<ActionPlan>> byArea = read(developmentAreaIds, false).stream()
                .collect(Collectors.groupingBy(ActionPlan::developmentAreaId));
        Map<Long, AreaProgress> result = new LinkedHashMap<>();
        developmentAreaIds.forEach(id -> result.put(id, PlanAssembler.progress(id, byArea.getOrDefault(id, List.of()))));
        return result;
    }

    /**
     * The overdue activities of the areas (for the overview), the reader's own municipality first, then by due date;
     * without their notes. A fixed number of queries.
     */
    @Transactional(readOnly = true)
    public List<Activity> overdueActivities(Collection<Long> developmentAreaIds) {
        Long own = CurrentUser.require().municipalityId();
        return read(developmentAreaIds, false).stream().flatMap(p -> p.activities().stream()).filter(Activity::overdue)
                .sorted(Comparator.comparing((Activity a) -> own == null || !own.equals(a.municipalityId()))
                        .thenComparing(Activity::dueOn).thenComparing(Activity::id)).toList();
    }

    /** Adds an activity to the plan, for whoever may edit it (see the class). */
    @Transactional
    public Activity addActivity(long planId, ActivityDraft draft) {
        ActionPlanRepository.PlanRow plan = planRow(planId);
        AppUserPrincipal user = requireEdit(plan);
        ActivityDraft checked = validate(draft);
        long id = repository.insertActivity(planId, ActionPlanSeeder.ADDED, null, checked, user.username(), LocalDateTime.now(clock));
        changed(plan, "CREATE", id, checked.what(), changes(null, checked));
        return activity(id);
    }

    /** Changes an activity: what, who, when and where it stands ("dropped" with its reason). */
    @Transactional
    public Activity updateActivity(long activityId, ActivityDraft draft) {
        ActionPlanRepository.ActivityRow row = activityRow(activityId);
        ActionPlanRepository.PlanRow plan = planRow(row.planId());
        AppUserPrincipal user = requireEdit(plan);
        ActivityDraft checked = validate(draft);
        repository.updateActivity(activityId, checked, user.username(), LocalDateTime.now(clock));
        AuditChanges changes = changes(row, checked);
        if (!changes.isEmpty()) {
            // The status and the rest are in the changes, before and after
            changed(plan, "EDIT", activityId, checked.what(), changes);
        }
        return activity(activityId);
    }

    /** A dated progress note on an activity (today when no day is given, never a day in the future); kept as history. */
    @Transactional
    public Activity addNote(long activityId, LocalDate notedOn, String note) {
        ActionPlanRepository.ActivityRow row = activityRow(activityId);
        ActionPlanRepository.PlanRow plan = planRow(row.planId());
        AppUserPrincipal user = requireEdit(plan);
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(note)) {
            problems.add(messages.get("actionPlan.error.note"));
        } else if (!TextLimit.TEXT.fits(note.trim())) {
            problems.add(TextLimit.TEXT.problem(messages, note.trim(), "actionPlan.note"));
        }
        if (notedOn != null && notedOn.isAfter(today)) {
            problems.add(messages.get("actionPlan.error.noteInFuture"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        repository.insertNote(activityId, notedOn == null ? today : notedOn, note.trim(), user.displayName(), LocalDateTime.now(clock));
        changed(plan, "NOTE", activityId, row.what(), AuditChanges.of().field("note", null, note.trim()));
        return activity(activityId);
    }

    /** The social chief approves her own municipality's plan: marked approved with her name and the date. */
    @Transactional
    public ActionPlan approve(long planId) {
        ActionPlanRepository.PlanRow plan = planRow(planId);
        AppUserPrincipal user = AccessGuard.requireRole("approveActionPlan", Role.SOCIAL_CHIEF);
        if (plan.municipalityId() == null || !plan.municipalityId().equals(user.municipalityId())) {
            throw AccessGuard.deny(user, "approveActionPlan", "plan " + planId + " is not of the user's municipality");
        }
        repository.approve(planId, user.displayName(), LocalDateTime.now(clock));
        audit.record("APPROVE", "actionPlan", planId, subject(plan), null);
        return plan(planId);
    }

    /** Whether the current user may change the plan's activities and notes (the screen shows its controls by this). */
    public boolean mayEdit(ActionPlan plan) {
        return CurrentUser.find().map(u -> mayEdit(u, plan.municipalityId())).orElse(false);
    }

    /** Whether the current user may approve the plan: the social chief of its municipality. */
    public boolean mayApprove(ActionPlan plan) {
        return CurrentUser.find().map(u -> u.role() == Role.SOCIAL_CHIEF && plan.municipalityId() != null
                && plan.municipalityId().equals(u.municipalityId())).orElse(false);
    }

    private static boolean mayEdit(AppUserPrincipal user, Long municipalityId) {
        return user.hasRole(Role.FOU) || user.role() == Role.MUNICIPAL_CONTACT && municipalityId != null
                && municipalityId.equals(user.municipalityId());
    }

    private AppUserPrincipal requireEdit(ActionPlanRepository.PlanRow plan) {
        AppUserPrincipal user = CurrentUser.require();
        if (!mayEdit(user, plan.municipalityId())) {
            throw AccessGuard.deny(user, "editActionPlan", "plan " + plan.id() + " of municipality " + plan.municipalityId());
        }
        return user;
    }

    private ActivityDraft validate(ActivityDraft draft) {
        List<String> problems = new ArrayList<>();
        String what = StringUtils.hasText(draft.what()) ? draft.what().trim() : null;
        String person = StringUtils.hasText(draft.responsiblePerson()) ? draft.responsiblePerson().trim() : null;
        ActivityStatus status = draft.status() == null ? ActivityStatus.NOT_STARTED : draft.status();
        String reason = status == ActivityStatus.DROPPED && StringUtils.hasText(draft.dropReason()) ? draft.dropReason().trim() : null;
        if (what == null) {
            problems.add(messages.get("actionPlan.error.what"));
        } else if (!TextLimit.TEXT.fits(what)) {
            problems.add(TextLimit.TEXT.problem(messages, what, "actionPlan.what"));
        }
        if (!TextLimit.NAME.fits(person)) {
            problems.add(TextLimit.NAME.problem(messages, person, "actionPlan.person"));
        }
        if (draft.startsOn() != null && draft.dueOn() != null && draft.dueOn().isBefore(draft.startsOn())) {
            problems.add(messages.get("actionPlan.error.order"));
        }
        if (status == ActivityStatus.DROPPED && reason == null) {
            problems.add(messages.get("actionPlan.error.dropReason"));
        } else if (!TextLimit.TEXT.fits(reason)) {
            problems.add(TextLimit.TEXT.problem(messages, reason, "actionPlan.dropReason"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ActivityDraft(what, person, draft.startsOn(), draft.dueOn(), status, reason);
    }

    private void changed(ActionPlanRepository.PlanRow plan, String action, long activityId, String details,
                         AuditChanges changes) {
        repository.markChanged(plan.id(), LocalDateTime.now(clock));
        audit.record(action, "actionActivity", activityId, subject(plan), details, changes);
    }

    /** The fields of an activity an edit changes, before (null for a new one) and after. */
    private static AuditChanges changes(ActionPlanRepository.ActivityRow before, ActivityDraft after) {
        return AuditChanges.of()
                .field("what", before == null ? null : before.what(), after.what())
                .field("responsiblePerson", before == null ? null : before.responsiblePerson(), after.responsiblePerson())
                .field("startsOn", before == null ? null : before.startsOn(), after.startsOn())
                .field("dueOn", before == null ? null : before.dueOn(), after.dueOn())
                .coded("status", before == null ? null : before.status(), after.status(), "actionPlan.status.")
                .field("dropReason", before == null ? null : before.dropReason(), after.dropReason());
    }

    /** "Area title – municipality" (or the region's/FoU's plan), the name the audit log shows. */
    private String subject(ActionPlanRepository.PlanRow plan) {
        DevelopmentArea area = developmentAreaService.developmentArea(plan.developmentAreaId());
        String owner = plan.municipalityId() == null ? messages.get("actionPlan.regionPlan")
                : regionService.municipalityNames(Set.of(plan.municipalityId())).get(plan.municipalityId());
        return area.title() + " – " + owner;
    }

    private Activity activity(long activityId) {
        ActionPlanRepository.ActivityRow row = activityRow(activityId);
        return plan(row.planId()).activities().stream().filter(a -> a.id() == activityId).findFirst().orElseThrow();
    }

    /** The decided improvement area the plans belong to; "not found" for an area that was never decided. */
    @Transactional(readOnly = true)
    public ImprovementArea improvementArea(long developmentAreaId) {
        DevelopmentArea area = developmentAreaService.developmentArea(developmentAreaId);
        return decisionService.improvementAreas(area.cycleId()).stream()
                .filter(a -> a.developmentAreaId() == developmentAreaId).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("actionPlan.error.notDecided")));
    }

    private ActionPlanRepository.PlanRow planRow(long planId) {
        return repository.plan(planId).orElseThrow(() -> new NotFoundException(messages.get("actionPlan.error.notFound")));
    }

    private ActionPlanRepository.ActivityRow activityRow(long activityId) {
        return repository.activity(activityId)
                .orElseThrow(() -> new NotFoundException(messages.get("actionPlan.error.activityNotFound")));
    }

    private List<ActionPlan> read(Collection<Long> developmentAreaIds, boolean withNotes) {
        if (developmentAreaIds.isEmpty()) {
            return List.of();
        }
        return assemble(repository.plansOfAreas(developmentAreaIds), withNotes);
    }

    private List<ActionPlan> assemble(List<ActionPlanRepository.PlanRow> plans, boolean withNotes) {
        if (plans.isEmpty()) {
            return List.of();
        }
        List<ActionPlanRepository.ActivityRow> activities = repository.activitiesOfPlans(plans.stream()
                .map(ActionPlanRepository.PlanRow::id).toList());
        var notes = withNotes ? repository.notesOfActivities(activities.stream().map(ActionPlanRepository.ActivityRow::id).toList())
                : Map.<Long, List<Note>>of();
        Map<Long, String> names = regionService.municipalityNames(plans.stream().map(ActionPlanRepository.PlanRow::municipalityId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Long own = CurrentUser.find().map(AppUserPrincipal::municipalityId).orElse(null);
        return PlanAssembler.assemble(plans, activities, notes, names, LocalDate.now(clock), own);
    }
}
