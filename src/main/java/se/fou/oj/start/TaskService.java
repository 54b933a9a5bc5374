package se.fou.oj.start;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.Stage;
import se.fou.oj.analysis.AnalysisService;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.submission.SubmissionService;

/**
 * The start page's "my tasks": derived from where each cycle stands, so a task disappears by itself once done.
 * FoU: import the results of an open cycle, publish its compilation, write its short analysis, prepare a follow-up
 * when an improvement area's next milestone nears.
 */
@Service
public class TaskService {

    private final CycleService cycleService;
    private final CompilationService compilationService;
    private final MinutesService minutesService;
    private final SubmissionService submissionService;
    private final DecisionService decisionService;
    private final DevelopmentAreaService developmentAreaService;
    private final AnalysisService analysisService;
    private final FollowUpService followUpService;

    TaskService(CycleService cycleService, CompilationService compilationService, MinutesService minutesService,
                SubmissionService submissionService, DecisionService decisionService,
                DevelopmentAreaService developmentAreaService, AnalysisService analysisService,
                FollowUpService followUpService) {
        this.developmentAreaService = developmentAreaService;
        this.analysisService = analysisService;
        this.followUpService = followUpService;
        this.decisionService = decisionService;
        this.submissionService = submissionService;
        this.cycleService = cycleService;
        this.compilationService = compilationService;
        this.minutesService = minutesService;
    }

    @Transactional(readOnly = true)
    public List<Task> myTasks() {
        AppUserPrincipal user = CurrentUser.require();
        List<Task> tasks = new ArrayList<>();
        // Action items from the minutes, the user's own or their municipality's, overdue ones first
        minutesService.myOpenActionItems().stream()
                .sorted(java.util.Comparator.comparing(se.fou.oj.meeting.Meeting.ActionItem::dueDate))
                .forEach(a -> tasks.add(new Task("task.actionItem", a.text() + " (" + a.dueDate() + ")",
                        "meetings/" + a.meetingId(), a.overdue(java.time.LocalDate.now()))));
        if (user.role() == Role.MUNICIPAL_CONTACT && user.municipalityCode() != null) {
            for (Cycle cycle : cycleService.cycles()) {
                for (var request : submissionService.requests(cycle.id())) {
                    var own = submissionService.submission(request.id(), user.municipalityCode());
                    if (own.editable()) {
                        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(), own.deadline());
                        tasks.add(new Task("task.answerRequest", request.title() + " (" + own.deadline()
                                + (daysLeft >= 0 ? ", " + daysLeft + " d" : "") + ")",
                                "requests/" + request.id() + "/submissions/" + user.municipalityCode(),
                                own.status() == se.fou.oj.submission.Submission.Status.LATE));
                    }
                }
            }
        }
        if (user.role() == Role.SOCIAL_CHIEF) {
            // Proposals of a report sent for decision that this member has not yet approved or sent back
            for (Cycle cycle : cycleService.cycles()) {
                long waiting = decisionService.states(cycle.id()).stream()
                        .filter(s -> s.open() && !s.votedBy(user.userId())).count();
                if (waiting > 0) {
                    tasks.add(new Task("task.decideImprovementAreas", cycle.title() + " (" + waiting + ")",
                            "cycles/" + cycle.id() + "/analysis"));
                }
            }
        }
        if (!user.hasRole(Role.FOU)) {
            return tasks;
        }
        for (Cycle cycle : cycleService.cycles()) {
            decisionService.states(cycle.id()).stream().filter(s -> s.decision() != null && !s.decision().approved())
                    .forEach(s -> tasks.add(new Task("task.reviseSentBack", s.proposal().areaTitle(),
                            "cycles/" + cycle.id() + "/analysis")));
        }
        for (Cycle cycle : cycleService.cycles()) {
            if (cycle.stage() == Stage.CLOSED) {
                continue;
            }
            if (!cycle.hasResults()) {
                tasks.add(new Task("task.importResults", cycle.title(), "cycles/" + cycle.id() + "/results"));
            } else if (compilationService.versions(cycle.id()).isEmpty()) {
                tasks.add(new Task("task.publishCompilation", cycle.title(), "cycles/" + cycle.id() + "/compilation"));
            } else if (analysisService.versions(cycle.id()).isEmpty() && developmentAreaService.areasOfCycle(cycle.id()).stream()
                    .anyMatch(a -> a.status() == se.fou.oj.developmentarea.DevelopmentArea.Status.SELECTED)) {
                tasks.add(new Task("task.writeAnalysis", cycle.title(), "cycles/" + cycle.id() + "/analysis"));
            }
        }
        followUpsDue(tasks);
        return tasks;
    }

    /** How far ahead a plan's next milestone asks FoU to prepare its follow-up (instructions out in time). */
    static final int FOLLOW_UP_LEAD_DAYS = 30;

    /**
     * FoU: an improvement area whose next milestone is at most {@link #FOLLOW_UP_LEAD_DAYS} days away and that has no
     * follow-up set up for it yet (none created since two lead times before the milestone).
     */
    private void followUpsDue(List<Task> tasks) {
        java.time.LocalDate today = java.time.LocalDate.now();
        for (var area : decisionService.allImprovementAreas()) {
            area.plan().milestones().stream().filter(m -> !m.dueOn().isBefore(today)).findFirst()
                    .filter(m -> !m.dueOn().isAfter(today.plusDays(FOLLOW_UP_LEAD_DAYS)))
                    .filter(m -> followUpService.followUps(area.developmentAreaId()).stream().noneMatch(f ->
                            !f.createdAt().toLocalDate().isBefore(m.dueOn().minusDays(2L * FOLLOW_UP_LEAD_DAYS))))
                    .ifPresent(m -> tasks.add(new Task("task.prepareFollowUp", area.title() + " – " + m.title() + " (" + m.dueOn() + ")",
                            "improvement-areas/" + area.developmentAreaId() + "/follow-up")));
        }
    }
}
