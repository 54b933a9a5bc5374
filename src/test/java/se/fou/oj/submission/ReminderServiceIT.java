package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.notification.Notification;
import se.fou.oj.notification.NotificationService;

/** Reminders on fixed days, to a real SMTP server (GreenMail): right recipients, right days, once, none after submit. */
class ReminderServiceIT extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReminderService reminders;

    @Autowired
    SubmissionService submissions;

    @Autowired
    RequestService requestService;

    @Autowired
    NotificationService notifications;

    private List<String> mailsAbout(String title) throws Exception {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(title);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(ReminderServiceIT::recipient).filter(DEMO_CONTACTS::contains).toList();
    }

    /** The demo contacts with e-mail addresses (other tests may add contacts of their own). */
    private static final List<String> DEMO_CONTACTS = List.of("eva.kontakt@ekero.se", "johan.kontakt@jarfalla.se",
            "sofia.kontakt@solna.se");

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(LocalDate day) {
        SystemActor.run(() -> reminders.sendReminders(day));
    }

    @Test
    void beforeOnTheDayAndWhileLateOnceEachAndNoneAfterSubmitting() throws Exception {
        Cycle cycle = testData.newCycle();
        String title = "Påminnelsetest " + cycle.id();
        LocalDate deadline = LocalDate.of(2030, 5, 20);
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft(title, null,
                List.of("Vad vet vi?"), deadline, null)));

        run(deadline.minusDays(5));
        assertThat(mailsAbout(title)).isEmpty();

        run(deadline.minusDays(3));
        assertThat(mailsAbout(title)).containsExactlyInAnyOrderElementsOf(DEMO_CONTACTS);
        MimeMessage first = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(title);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(first.getSubject()).isEqualTo("Påminnelse från FoU Nordväst: " + title);
        assertThat(GreenMailUtil.getBody(first)).contains("3 dagar kvar");

        run(deadline.minusDays(3));
        run(deadline.minusDays(2));
        assertThat(mailsAbout(title)).hasSize(3);

        // Ekerö submits: from now on only Järfälla and Solna are reminded
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> submissions.submit(request.id(), "0125", 0,
                Map.of(request.questions().get(0).id(), "Vi vet en del.")));
        run(deadline);
        run(deadline.plusDays(1));
        run(deadline.plusDays(2));
        run(deadline.plusDays(8));
        assertThat(mailsAbout(title)).hasSize(9);
        assertThat(mailsAbout(title).stream().filter(r -> r.equals("eva.kontakt@ekero.se"))).hasSize(1);
        assertThat(mailsAbout(title).stream().filter(r -> r.equals("johan.kontakt@jarfalla.se"))).hasSize(4);
    }

    private List<Notification> inApp(String username, Request request) {
        AppUserPrincipal user = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        return SystemActor.callAs(user, () -> notifications.myNotifications(1000)).stream()
                .filter(n -> n.link().startsWith("requests/" + request.id() + "/")).toList();
    }

    private static List<String> keys(List<Notification> notifications) {
        return notifications.stream().map(Notification::messageKey).toList();
    }

    @Test
    void remindersAreInTheAppTooAndAnExtendedDeadlineMovesThatMunicipalitysReminders() throws Exception {
        Cycle cycle = testData.newCycle();
        String title = "Förlängd påminnelse " + cycle.id();
        LocalDate deadline = LocalDate.of(2031, 5, 20);
        LocalDate extended = deadline.plusDays(7);
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft(title, null,
                List.of("Vad vet vi?"), deadline, null)));
        SystemActor.run(() -> requestService.extendDeadline(request.id(), "0123", extended));

        // Three days before the common deadline: everyone but Järfälla, by e-mail and in the app
        run(deadline.minusDays(3));
        assertThat(mailsAbout(title)).containsExactlyInAnyOrder("eva.kontakt@ekero.se", "sofia.kontakt@solna.se");
        assertThat(keys(inApp("ekero", request))).containsExactly("reminder.before.short");
        assertThat(inApp("ekero", request).get(0).link()).isEqualTo("requests/" + request.id() + "/submissions/0125");
        assertThat(inApp("ekero", request).get(0).messageArgument()).isEqualTo(title + " (" + deadline + ")");
        assertThat(keys(inApp("solna", request))).containsExactly("reminder.before.short");
        assertThat(inApp("jarfalla", request)).isEmpty();

        // On the common deadline and the day after the others are reminded; Järfälla still has time
        run(deadline);
        run(deadline.plusDays(1));
        assertThat(keys(inApp("ekero", request))).containsExactlyInAnyOrder("reminder.before.short", "reminder.due.short",
                "reminder.late.short");
        assertThat(inApp("jarfalla", request)).isEmpty();

        // Järfälla's reminders follow its own deadline
        run(extended.minusDays(3));
        run(extended);
        assertThat(keys(inApp("jarfalla", request))).containsExactlyInAnyOrder("reminder.before.short", "reminder.due.short");
        assertThat(inApp("ekero", request)).hasSize(3);
        run(extended.plusDays(1));
        assertThat(keys(inApp("jarfalla", request))).containsExactlyInAnyOrder("reminder.before.short", "reminder.due.short",
                "reminder.late.short");
        assertThat(inApp("jarfalla", request)).allSatisfy(n -> {
            assertThat(n.messageArgument()).isEqualTo(title + " (" + extended + ")");
            assertThat(n.link()).isEqualTo("requests/" + request.id() + "/submissions/0123");
        });
        assertThat(mailsAbout(title).stream().filter(r -> r.equals("johan.kontakt@jarfalla.se"))).hasSize(3);
        // The day after Järfälla's deadline is the others' eighth late day: their second late reminder
        assertThat(keys(inApp("ekero", request))).hasSize(4).containsOnlyOnce("reminder.before.short", "reminder.due.short");
    }

    @Test
    void onceTheAnswerIsInTheContactsRemindersSaySoAndOtherMunicipalitiesKeepTheirs() {
        Cycle cycle = testData.newCycle();
        String title = "Inskickat svar " + cycle.id();
        LocalDate deadline = LocalDate.of(2032, 5, 20);
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft(title, null,
                List.of("Vad vet vi?"), deadline, null)));
        run(deadline.minusDays(3));
        run(deadline);
        assertThat(keys(inApp("ekero", request))).containsExactlyInAnyOrder("reminder.before.short", "reminder.due.short");

        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> submissions.submit(request.id(), "0125", 0,
                Map.of(request.questions().get(0).id(), "Vi vet en del.")));

        assertThat(keys(inApp("ekero", request))).containsExactly("reminder.answered.short", "reminder.answered.short");
        assertThat(inApp("ekero", request)).allSatisfy(n -> assertThat(n.read()).isTrue());
        assertThat(keys(inApp("solna", request))).containsExactlyInAnyOrder("reminder.before.short", "reminder.due.short");
    }

    @Test
    void theRuleForWhichReminderIsDue() {
        LocalDate deadline = LocalDate.of(2030, 5, 20);
        assertThat(reminders.kind(deadline.minusDays(4), deadline)).isEmpty();
        assertThat(reminders.kind(deadline.minusDays(3), deadline)).contains("BEFORE");
        assertThat(reminders.kind(deadline.minusDays(1), deadline)).contains("BEFORE");
        assertThat(reminders.kind(deadline, deadline)).contains("DUE");
        assertThat(reminders.kind(deadline.plusDays(1), deadline)).contains("LATE-1");
        assertThat(reminders.kind(deadline.plusDays(2), deadline)).isEmpty();
        assertThat(reminders.kind(deadline.plusDays(8), deadline)).contains("LATE-2");
    }
}
