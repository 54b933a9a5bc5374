package se.fou.oj.decision.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.analysis.Plan;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ImprovementArea;

/** The decided improvement areas of a cycle with their approved plans. */
@RestController
@RequestMapping("/api/v1")
public class DecisionApiController {

    private final DecisionService decisionService;

    DecisionApiController(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public record MilestoneDto(LocalDate dueOn, String title) {
    }

    /** {@code responsible}: MUNICIPALITY (with its code and name), ALL_MUNICIPALITIES or FOU. */
    public record ResponsibilityDto(String responsible, String municipality, String task) {
    }

    public record ApprovalDto(String name, String municipality, LocalDateTime at) {
    }

    public record ImprovementAreaDto(long id, String title, String need, List<String> indicators, String motivation,
                                     LocalDate startsOn, LocalDate endsOn, List<MilestoneDto> milestones,
                                     List<ResponsibilityDto> responsibilities, LocalDateTime decidedAt, String decidedBy,
                                     boolean recordedOnBehalfOfGroup, Long meetingId, List<ApprovalDto> approvals) {
    }

    @GetMapping("/cycles/{cycleId}/improvement-areas")
    @Operation(summary = "Cykelns beslutade förbättringsområden med tidsplan, delmål och ansvarsfördelning")
    public List<ImprovementAreaDto> improvementAreas(@PathVariable long cycleId) {
        return decisionService.improvementAreas(cycleId).stream().map(DecisionApiController::toDto).toList();
    }

    private static ImprovementAreaDto toDto(ImprovementArea area) {
        Plan plan = area.plan();
        return new ImprovementAreaDto(area.developmentAreaId(), area.title(), area.need(), area.indicatorCodes(),
                area.motivation(), plan.startsOn(), plan.endsOn(),
                plan.milestones().stream().map(m -> new MilestoneDto(m.dueOn(), m.title())).toList(),
                plan.responsibilities().stream().map(r -> new ResponsibilityDto(r.responsible().name(), r.municipalityName(),
                        r.task())).toList(),
                area.decision().decidedAt(), area.decision().recordedBy(), area.decision().onBehalfOfGroup(),
                area.decision().meetingId(),
                area.approvals().stream().map(v -> new ApprovalDto(v.userName(), v.municipalityName(), v.votedAt())).toList());
    }
}
