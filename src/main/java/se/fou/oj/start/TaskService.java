package se.fou.oj.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.Stage;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;

/**
 * The start page's "my tasks": derived from where each cycle stands, so a task disappears by itself once done.
 * Everyone: action items from minutes, minutes to approve as a reviewer. Contacts: requests to answer. Social chiefs:
 * proposals to decide.
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
    private final AnalysisReportService analysisService;
    private final FollowUpService followUpService;
    private final MeetingService meetingService;
    private final Clock clock;

    TaskService(CycleService cycleService, CompilationService compilationService, MinutesService minutesService,
                SubmissionService submissionService, DecisionService decisionService,
                DevelopmentAreaService developmentAreaService, AnalysisReportService analysisService,
                FollowUpService followUpService, MeetingService meetingService, Clock clock) {
        this.clock = clock;
        this.meetingService = meetingService;
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
        // Action items from the minutes, the user's own or their municipality's
        minutesService.myOpenActionItems().forEach(a -> tasks.add(new Task("task.actionItem", a.text(),
                "meetings/" + a.meetingId(), a.dueDate(), a.overdue(LocalDate.now(clock)))));
        // Minutes out for review that wait for this reviewer, whatever her role
        minutesService.myMinutesToReview().forEach(m -> tasks.add(new Task("task.reviewMinutes", m.title(),
                "meetings/" + m.id(), m.startsAt().toLocalDate().plusDays(REVIEW_DAYS), LocalDate.now(clock))));
        if (user.role() == Role.MUNICIPAL_CONTACT && user.municipalityCode() != null) {
            // Every cycle's requests and the municipality's answers at once, not one query per cycle and request
            List<Long> cycleIds = cycleService.cycles().stream().map(Cycle::id).toList();
            for (SubmissionService.OwnAnswer open : submissionService.ownAnswersToWrite(cycleIds)) {
                tasks.add(new Task("task.answerRequest", open.request().title(),
                        "requests/" + open.request().id() + "/submissions/" + user.municipalityCode(),
                        open.submission().deadline(), open.submission().status() == Submission.Status.LATE));
            }
        }
        if (user.role() == Role.SOCIAL_CHIEF) {
            // Proposals of a report sent for decision that this member has not yet approved or sent back
            for (Cycle cycle : cycleService.cycles()) {
                long waiting = decisionService.states(cycle.id()).stream()
                        .filter(s -> s.open() && !s.votedBy(user.userId())).count();
                if (waiting > 0) {
                    tasks.add(new Task("task.decideImprovementAreas", cycle.title() + " (" + waiting + ")",
                            "cycles/" + cycle.id() + "/analysis", decisionMeeting(cycle.id()), LocalDate.now(clock)));
                }
            }
        }
        if (user.hasRole(Role.FOU)) {
            fouTasks(tasks);
        }
        // Soonest first; work without a date of its own after everything that has one
        tasks.sort(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks;
    }

    /** Minutes are to be approved within two weeks of the meeting (justering inom två veckor). */
    static final int REVIEW_DAYS = 14;

    /** The social chiefs decide at the latest at the cycle's next decision meeting, when one is planned. */
    private LocalDate decisionMeeting(long cycleId) {
        LocalDate today = LocalDate.now(clock);
        return meetingService.meetingsOfCycle(cycleId).stream()
                .filter(m -> m.kind() == MeetingKind.DECISION_MEETING && m.status() != Meeting.Status.CANCELLED)
                .map(m -> m.startsAt().toLocalDate()).filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder())
                .orElse(null);
    }

    private void fouTasks(List<Task> tasks) {
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
                    .anyMatch(a -> a.status() == DevelopmentArea.Status.SELECTED)) {
                tasks.add(new Task("task.writeAnalysis", cycle.title(), "cycles/" + cycle.id() + "/analysis"));
            }
        }
        followUpsDue(tasks);
    }

    /** How far ahead a plan's next milestone asks FoU to prepare its follow-up (instructions out in time). */
    static final int FOLLOW_UP_LEAD_DAYS = 30;

    /**
     * FoU: an improvement area whose next milestone is at most {@link #FOLLOW_UP_LEAD_DAYS} days away and that has no
     * follow-up set up for it yet (none created since two lead times before the milestone).
     */
    private void followUpsDue(List<Task> tasks) {
        LocalDate today = LocalDate.now(clock);
        for (var area : decisionService.allImprovementAreas()) {
            area.plan().milestones().stream().filter(m -> !m.dueOn().isBefore(today)).findFirst()
                    .filter(m -> !m.dueOn().isAfter(today.plusDays(FOLLOW_UP_LEAD_DAYS)))
                    .filter(m -> followUpService.followUps(area.developmentAreaId()).stream().noneMatch(f ->
                            !f.createdAt().toLocalDate().isBefore(m.dueOn().minusDays(2L * FOLLOW_UP_LEAD_DAYS))))
                    .ifPresent(m -> tasks.add(new Task("task.prepareFollowUp", area.title() + " – " + m.title(),
                            "improvement-areas/" + area.developmentAreaId() + "/follow-up", m.dueOn(), today)));
        }
    }
}
