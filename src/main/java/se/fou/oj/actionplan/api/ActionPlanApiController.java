package se.fou.oj.actionplan.api;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.ActivityDraft;
import se.fou.oj.actionplan.ActivityStatus;
import se.fou.oj.actionplan.AreaProgress;
import se.fou.oj.actionplan.Progress;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.i18n.Messages;

/**
 * The municipalities' action plans of a decided improvement area (addressed by its development area id, as the
 * improvement-area list): read by everybody of the region, written by the same rules as the screen (a contact her own
 * municipality's plan, FoU any; 403 otherwise).
 */
@RestController
@RequestMapping("/api/v1")
public class ActionPlanApiController {

    private final ActionPlanService service;
    private final Messages messages;

    ActionPlanApiController(ActionPlanService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    public record ProgressDto(int done, int counted, int overdue, BigDecimal share) {
        static ProgressDto of(Progress p) {
            return new ProgressDto(p.done(), p.counted(), p.overdue(), p.share());
        }
    }

    public record NoteDto(LocalDate notedOn, String note, String notedBy) {
    }

    public record ActivityDto(long id, String what, String responsiblePerson, LocalDate startsOn, LocalDate dueOn,
                              ActivityStatus status, String dropReason, boolean overdue, boolean fromDecidedPlan,
                              List<NoteDto> notes) {
        static ActivityDto of(Activity a) {
            return new ActivityDto(a.id(), a.what(), a.responsiblePerson(), a.startsOn(), a.dueOn(), a.status(), a.dropReason(),
                    a.overdue(), a.fromDecidedPlan(), a.notes().stream().map(n -> new NoteDto(n.notedOn(), n.note(), n.notedBy())).toList());
        }
    }

    /** {@code municipalityId} null: the region's/FoU's own plan. */
    public record PlanDto(long id, Long municipalityId, String municipalityName, String approvedBy, LocalDateTime approvedAt,
                          boolean changedSinceApproval, ProgressDto progress, List<ActivityDto> activities) {
        static PlanDto of(ActionPlan p) {
            return new PlanDto(p.id(), p.municipalityId(), p.municipalityName(), p.approvedBy(), p.approvedAt(),
                    p.changedSinceApproval(), ProgressDto.of(p.progress()), p.activities().stream().map(ActivityDto::of).toList());
        }
    }

    public record ActionPlansDto(long developmentAreaId, BigDecimal regionShare, List<String> leftOut, List<PlanDto> plans) {
    }

    public record ActivityRequest(String what, String responsiblePerson, LocalDate startsOn, LocalDate dueOn,
                                  ActivityStatus status, String dropReason) {
        ActivityDraft draft() {
            return new ActivityDraft(what, responsiblePerson, startsOn, dueOn, status, dropReason);
        }
    }

    @GetMapping("/improvement-areas/{areaId}/action-plans")
    @Operation(summary = "Kommunernas handlingsplaner för ett beslutat förbättringsområde, med hur långt de kommit")
    public ActionPlansDto plans(@PathVariable long areaId) {
        List<ActionPlan> plans = service.plans(areaId);
        AreaProgress progress = service.progressOfAreas(List.of(areaId)).get(areaId);
        return new ActionPlansDto(areaId, progress.regionShare(), progress.leftOut(), plans.stream().map(PlanDto::of).toList());
    }

    @PostMapping("/improvement-areas/{areaId}/action-plans/{planId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lägg till en aktivitet i en handlingsplan (kontaktpersonen i sin egen kommuns plan, FoU i alla)")
    public ActivityDto addActivity(@PathVariable long areaId, @PathVariable long planId, @RequestBody ActivityRequest request) {
        ActionPlan plan = service.plan(planId);
        if (plan.developmentAreaId() != areaId) {
            throw new NotFoundException(messages.get("actionPlan.error.notFound"));
        }
        return ActivityDto.of(service.addActivity(planId, request.draft()));
    }

    @PutMapping("/action-activities/{activityId}")
    @Operation(summary = "Ändra en aktivitet: vad, vem, när och status (avbruten med skäl)")
    public ActivityDto updateActivity(@PathVariable long activityId, @RequestBody ActivityRequest request) {
        return ActivityDto.of(service.updateActivity(activityId, request.draft()));
    }
}
