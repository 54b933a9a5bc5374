package se.fou.oj.start.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.base.ui.AccessibilityStatementView;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.meeting.ui.MeetingView;
import se.fou.oj.notification.NotificationService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;

/** "Mina uppgifter" heads the start page, each task with its due date; a done task's notification says so. */
class TasksFirstKT extends KaribuTest {

    @Autowired
    RequestService requestService;

    @Autowired
    MeetingService meetingService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    NotificationService notificationService;

    private long userId(String username) {
        return ((AppUserPrincipal) userDetailsService.loadUserByUsername(username)).userId();
    }

    /** A fresh start page: navigating to the page one is on keeps the old one, so go by another page first. */
    private static void openStart() {
        UI.getCurrent().navigate(AccessibilityStatementView.class);
        UI.getCurrent().navigate(StartView.class);
    }

    /**
     * Logs in with everything earlier tests left for her read: the start page shows ten notifications, the unread
     * first, so a notification this test reads must not sink below other tests' unread ones in the shared database.
     */
    private void loginWithNothingUnread(String username) {
        login(username);
        notificationService.myNotifications(Integer.MAX_VALUE).stream().filter(n -> !n.read())
                .forEach(n -> notificationService.markRead(n.id()));
    }

    private String rowText(Button link) {
        return link.getParent().orElseThrow().getElement().getTextRecursively();
    }

    @Test
    void theTasksComeFirstForEveryRoleAndEachHasItsDueDate() {
        Cycle cycle = testData.newCycle();
        LocalDate deadline = LocalDate.now().plusDays(12);
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft(
                "Frågor om rutinerna " + cycle.id(), "Svara kort.", List.of("Hur gör ni?"), deadline, null)));
        for (String username : List.of("admin", "fou", "ekero", "socialchef")) {
            login(username);
            openStart();
            List<Component> parts = _get(StartView.class).getChildren().toList();
            int tasks = parts.indexOf(_get(Component.class, s -> s.withId("my-tasks")));
            assertThat(tasks).as(username + ": my tasks before the cycles").isGreaterThanOrEqualTo(0)
                    .isLessThan(parts.indexOf(_get(Component.class, s -> s.withId("cycles-grid"))));
            assertThat(parts.subList(0, tasks)).as(username + ": only the welcome before the tasks").hasSizeLessThanOrEqualTo(2);
        }

        // The contact's request to answer, with its deadline, leading to her answer
        login("ekero");
        openStart();
        Button answer = _get(Button.class, s -> s.withText("Svara på " + request.title()));
        assertThat(rowText(answer)).contains("senast " + deadline);
        assertThat(answer.getId().orElseThrow()).startsWith("task-link-");
        _click(answer);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("requests/" + request.id() + "/submissions/0125");
    }

    @Test
    void aReviewRequestIsATaskAndItsNotificationSaysSoOnceTheMinutesAreApproved() {
        Cycle cycle = testData.newCycle();
        long ekero = userId("ekero");
        loginWithNothingUnread("ekero");
        LocalDateTime held = LocalDateTime.now().minusDays(2).withNano(0);
        Meeting meeting = SystemActor.call(() -> {
            Meeting m = meetingService.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING,
                    "Resultatmöte " + cycle.id(), held, "Solna", null, false, List.of(ekero), null));
            minutesService.setReviewers(m.id(), List.of(ekero));
            minutesService.sendForReview(m.id());
            return m;
        });
        login("ekero");
        openStart();
        Button task = _get(Button.class, s -> s.withText("Justera protokollet från " + meeting.title()));
        assertThat(rowText(task)).contains("senast " + held.toLocalDate().plusDays(14));
        Button notification = _find(Button.class, s -> s.withText("Protokollet från " + meeting.title()
                + " väntar på din justering.")).get(0);
        assertThat(notification.getClassNames()).contains("notification-unread");

        // Opening the task reads its notification too
        _click(task);
        assertThat(_find(MeetingView.class)).hasSize(1);
        openStart();
        assertThat(_get(Button.class, s -> s.withText("Protokollet från " + meeting.title() + " väntar på din justering."))
                .getClassNames()).contains("notification-read");

        // Once she has approved, the task is gone and the notification no longer says it waits for her
        minutesService.approve(meeting.id());
        openStart();
        _assertNone(Button.class, s -> s.withText("Justera protokollet från " + meeting.title()));
        _assertNone(Button.class, s -> s.withText("Protokollet från " + meeting.title() + " väntar på din justering."));
        assertThat(_get(Button.class, s -> s.withText("Du har justerat protokollet från " + meeting.title() + "."))
                .getClassNames()).contains("notification-read");
    }

    @Test
    void aNotificationIsReadOnceOpened() {
        Cycle cycle = testData.newCycle();
        long jarfalla = userId("jarfalla");
        loginWithNothingUnread("jarfalla");
        Meeting meeting = SystemActor.call(() -> meetingService.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING,
                "Inbjudan " + cycle.id(), LocalDateTime.now().plusDays(20).withNano(0), "Solna", null, false,
                List.of(jarfalla), null)));
        login("jarfalla");
        openStart();
        String text = "Du är inbjuden till " + meeting.title() + " ";
        Button notification = invitation(text);
        assertThat(notification.getClassNames()).contains("notification-unread");
        _click(notification);
        assertThat(_find(MeetingView.class)).hasSize(1);
        openStart();
        assertThat(invitation(text).getClassNames()).contains("notification-read");
    }

    private static Button invitation(String start) {
        return _find(Button.class).stream().filter(b -> b.getText().startsWith(start)).findFirst().orElseThrow();
    }
}
