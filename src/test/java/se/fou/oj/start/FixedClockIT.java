package se.fou.oj.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.notification.Notification;
import se.fou.oj.notification.NotificationService;
import se.fou.oj.submission.ReminderService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/**
 * One clock: with the app's clock stopped at a chosen instant, the morning reminders, the start page's tasks and a
 * request's deadline are all judged by that instant, and what is stamped carries it, whatever the real date is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixedClockIT extends IntegrationTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    SubmissionService submissions;

    @Autowired
    RequestService requests;

    @Autowired
    NotificationService notifications;

    @Autowired
    TaskService tasks;

    /**
     * In the past, so that what the test stamps sorts behind what other tests of the shared database look at first
     * (the newest notifications); every demo contact submits in the end, so nothing is left open either.
     */
    private static final LocalDate DEADLINE = LocalDate.of(2016, 10, 14);

    private List<String> reminderKeys(String username, Request request) {
        AppUserPrincipal user = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        return SystemActor.callAs(user, () -> notifications.myNotifications(1000)).stream()
                .filter(n -> n.link().startsWith("requests/" + request.id() + "/")).map(Notification::messageKey).toList();
    }

    private Task answerTask(String username, Request request) {
        loginAs(username);
        return tasks.myTasks().stream().filter(t -> t.messageKey().equals("task.answerRequest")
                && t.link().startsWith("requests/" + request.id() + "/")).findFirst().orElseThrow();
    }

    private Submission submit(String username, String code, Request request) {
        AppUserPrincipal user = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        return SystemActor.callAs(user, () -> submissions.submit(request.id(), code, 0,
                Map.of(request.questions().get(0).id(), "Svar från " + username)));
    }

    @Test
    @Order(1)
    void remindersTasksAndDeadlinesFollowTheAppsClock() {
        Cycle cycle = testData.newCycle();
        String title = "Fast klocka " + cycle.id();
        // Tuesday morning, three days before the deadline
        clock.set(LocalDateTime.of(2016, 10, 11, 8, 0));
        Request request = SystemActor.call(() -> requests.createRequest(cycle.id(), new RequestDraft(title, null,
                List.of("Vad vet vi?"), DEADLINE, null)));

        reminders.sendDueReminders();
        assertThat(reminderKeys("ekero", request)).containsExactly("reminder.before.short");
        assertThat(reminderKeys("solna", request)).containsExactly("reminder.before.short");
        Task beforeDeadline = answerTask("ekero", request);
        assertThat(beforeDeadline.due()).isEqualTo(DEADLINE);
        assertThat(beforeDeadline.overdue()).isFalse();

        // Järfälla answers in time, on the Thursday
        clock.set(LocalDateTime.of(2016, 10, 13, 16, 30));
        Submission inTime = submit("jarfalla", "0123", request);
        assertThat(inTime.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(inTime.submittedAt()).isEqualTo(LocalDateTime.of(2016, 10, 13, 16, 30));

        // The morning after the deadline: the others are late, reminded so, and their task is overdue
        clock.set(LocalDateTime.of(2016, 10, 15, 8, 0));
        loginAs("fou");
        assertThat(submissions.submission(request.id(), "0125").status()).isEqualTo(Submission.Status.LATE);
        assertThat(submissions.submission(request.id(), "0123").status()).isEqualTo(Submission.Status.SUBMITTED);
        reminders.sendDueReminders();
        assertThat(reminderKeys("ekero", request)).containsExactlyInAnyOrder("reminder.before.short", "reminder.late.short");
        // Järfälla answered: no late reminder, and its reminder from before the deadline now says the answer is in
        assertThat(reminderKeys("jarfalla", request)).containsExactly("reminder.answered.short");
        assertThat(answerTask("ekero", request).overdue()).isTrue();

        // Solna answers that day: submitted, but late
        clock.set(LocalDateTime.of(2016, 10, 15, 10, 0));
        assertThat(submit("solna", "0184", request).status()).isEqualTo(Submission.Status.SUBMITTED_LATE);
        submit("ekero", "0125", request);
    }

    /** Runs after the test above: the shared context's clock was set back to the real time. */
    @Test
    @Order(2)
    void theClockRunsAgainAfterATestThatStoppedIt() {
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now());
    }
}
