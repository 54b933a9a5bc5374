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
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.submission.SubmissionService;

/**
 * The start page's "my tasks": derived from where each cycle stands, so a task disappears by itself once done.
 * FoU: import the results of an open cycle, publish its compilation.
 */
@Service
public class TaskService {

    private final CycleService cycleService;
    private final CompilationService compilationService;
    private final MinutesService minutesService;
    private final SubmissionService submissionService;

    TaskService(CycleService cycleService, CompilationService compilationService, MinutesService minutesService,
                SubmissionService submissionService) {
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
        if (!user.hasRole(Role.FOU)) {
            return tasks;
        }
        for (Cycle cycle : cycleService.cycles()) {
            if (cycle.stage() == Stage.CLOSED) {
                continue;
            }
            if (!cycle.hasResults()) {
                tasks.add(new Task("task.importResults", cycle.title(), "cycles/" + cycle.id() + "/results"));
            } else if (compilationService.versions(cycle.id()).isEmpty()) {
                tasks.add(new Task("task.publishCompilation", cycle.title(), "cycles/" + cycle.id() + "/compilation"));
            }
        }
        return tasks;
    }
}
