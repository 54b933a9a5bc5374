package se.fou.oj.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.CompilationVersion;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.Stage;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.DecisionState;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDate;
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
            // Proposals of a report sent for decision that this member has not yet approved or sent back; every
            // cycle's states and meetings read at once, not per cycle
            List<Cycle> cycles = cycleService.cycles();
            List<Long> cycleIds = cycles.stream().map(Cycle::id).toList();
            Map<Long, List<DecisionState>> states = decisionService.statesOfCycles(cycleIds);
            Map<Long, List<MeetingDate>> meetings = meetingService.meetingDatesOfCycles(cycleIds);
            for (Cycle cycle : cycles) {
                long waiting = states.getOrDefault(cycle.id(), List.of()).stream()
                        .filter(s -> s.open() && !s.votedBy(user.userId())).count();
                if (waiting > 0) {
                    tasks.add(new Task("task.decideImprovementAreas", cycle.title() + " (" + waiting + ")",
                            "cycles/" + cycle.id() + "/analysis", decisionMeeting(meetings.get(cycle.id())),
                            LocalDate.now(clock)));
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
    private LocalDate decisionMeeting(List<MeetingDate> meetingsOfCycle) {
        LocalDate today = LocalDate.now(clock);
        return meetingsOfCycle.stream()
                .filter(m -> m.kind() == MeetingKind.DECISION_MEETING && m.status() != Meeting.Status.CANCELLED)
                .map(m -> m.startsAt().toLocalDate()).filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder())
                .orElse(null);
    }

    private void fouTasks(List<Task> tasks) {
        // Every cycle's states, compilations, reports and areas read at once (a fixed number of queries), not per cycle
        List<Cycle> cycles = cycleService.cycles();
        List<Long> cycleIds = cycles.stream().map(Cycle::id).toList();
        Map<Long, List<DecisionState>> states = decisionService.statesOfCycles(cycleIds);
        for (Cycle cycle : cycles) {
            states.getOrDefault(cycle.id(), List.of()).stream().filter(s -> s.decision() != null && !s.decision().approved())
                    .forEach(s -> tasks.add(new Task("task.reviseSentBack", s.proposal().areaTitle(),
                            "cycles/" + cycle.id() + "/analysis")));
        }
        List<Long> open = cycles.stream().filter(c -> c.stage() != Stage.CLOSED).map(Cycle::id).toList();
        Map<Long, List<CompilationVersion>> compilations = compilationService.versionsOfCycles(open);
        Map<Long, List<AnalysisReport>> reports = analysisService.versionsOfCycles(open);
        Map<Long, List<DevelopmentArea>> areas = developmentAreaService.areasOfCycles(open);
        for (Cycle cycle : cycles) {
            if (cycle.stage() == Stage.CLOSED) {
                continue;
            }
            if (!cycle.hasResults()) {
                tasks.add(new Task("task.importResults", cycle.title(), "cycles/" + cycle.id() + "/results"));
            } else if (compilations.get(cycle.id()).isEmpty()) {
                tasks.add(new Task("task.publishCompilation", cycle.title(), "cycles/" + cycle.id() + "/compilation"));
            } else if (reports.get(cycle.id()).isEmpty() && areas.get(cycle.id()).stream()
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
        List<ImprovementArea> areas = decisionService.allImprovementAreas();
        // Every area's follow-ups at once, not one query per area
        Map<Long, List<FollowUp>> followUps = followUpService.followUpsOfAreas(
                areas.stream().map(ImprovementArea::developmentAreaId).distinct().toList());
        for (var area : areas) {
            area.plan().milestones().stream().filter(m -> !m.dueOn().isBefore(today)).findFirst()
                    .filter(m -> !m.dueOn().isAfter(today.plusDays(FOLLOW_UP_LEAD_DAYS)))
                    .filter(m -> followUps.get(area.developmentAreaId()).stream().noneMatch(f ->
                            !f.createdAt().toLocalDate().isBefore(m.dueOn().minusDays(2L * FOLLOW_UP_LEAD_DAYS))))
                    .ifPresent(m -> tasks.add(new Task("task.prepareFollowUp", area.title() + " – " + m.title(),
                            "improvement-areas/" + area.developmentAreaId() + "/follow-up", m.dueOn(), today)));
        }
    }
}
