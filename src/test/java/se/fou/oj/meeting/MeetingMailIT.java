package se.fou.oj.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.AdjustableClock;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.cycle.Cycle;

/**
 * Invitations, changes and cancellations reach the invitees' mailboxes (a real SMTP server, GreenMail) with the
 * calendar file attached as iTIP: METHOD:REQUEST with the meeting's UID, a higher SEQUENCE when moved, METHOD:CANCEL
 * when cancelled; minutes sent for review reach the reviewers.
 */
class MeetingMailIT extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    AdjustableClock appClock;

    private long userId(String username) {
        return ((AppUserPrincipal) userDetailsService.loadUserByUsername(username)).userId();
    }

    private List<MimeMessage> mailsTo(String address, String subjectPart) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no calendar attachment");
    }

    private static Calendar calendar(MimeMessage message) throws Exception {
        try (InputStream in = calendarPart(message).getInputStream()) {
            return new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static String event(Calendar calendar, String property) {
        return ((VEvent) calendar.getComponents("VEVENT").get(0)).getProperty(property).orElseThrow().getValue();
    }

    @Test
    void invitationMoveAndCancellationArriveAsCalendarRequestsWithOneUid() throws Exception {
        Cycle cycle = testData.newCycle();
        String title = "Resultatmöte med e-post " + cycle.id();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, title,
                LocalDateTime.of(2026, 3, 13, 9, 0), "Sollentuna kommunhus", null, false, List.of(userId("ekero")), null));

        List<MimeMessage> invited = mailsTo("eva.kontakt@ekero.se", "Inbjudan: " + title);
        assertThat(invited).hasSize(1);
        assertThat(calendarPart(invited.get(0)).getContentType()).contains("method=REQUEST");
        Calendar first = calendar(invited.get(0));
        assertThat(first.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event(first, "UID")).isEqualTo(MeetingCalendar.uid(meeting.id()));
        assertThat(event(first, "SEQUENCE")).isEqualTo("0");
        String body = GreenMailUtil.getBody(invited.get(0));
        assertThat(body).contains("Hej Eva Kontaktperson!", "Svara om du kommer i appen",
                "/meetings/" + meeting.id());

        meetings.reschedule(meeting.id(), title, LocalDateTime.of(2026, 3, 20, 13, 0), "Solna stadshus", null);
        List<MimeMessage> moved = mailsTo("eva.kontakt@ekero.se", "Mötet är flyttat: " + title);
        assertThat(moved).hasSize(1);
        Calendar second = calendar(moved.get(0));
        assertThat(event(second, "UID")).isEqualTo(event(first, "UID"));
        assertThat(event(second, "SEQUENCE")).isEqualTo("1");
        assertThat(event(second, "DTSTART")).isEqualTo("20260320T130000");

        meetings.cancel(meeting.id());
        List<MimeMessage> cancelled = mailsTo("eva.kontakt@ekero.se", "Mötet är inställt: " + title);
        assertThat(cancelled).hasSize(1);
        assertThat(calendarPart(cancelled.get(0)).getContentType()).contains("method=CANCEL");
        Calendar third = calendar(cancelled.get(0));
        assertThat(third.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event(third, "UID")).isEqualTo(event(first, "UID"));
        assertThat(event(third, "SEQUENCE")).isEqualTo("2");
        // Only the invitee was written to
        assertThat(mailsTo("johan.kontakt@jarfalla.se", title)).isEmpty();
    }

    @Test
    void minutesSentForReviewReachTheReviewersByEmail() throws Exception {
        Cycle cycle = testData.newCycle();
        String title = "Protokoll per e-post " + cycle.id();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.ANALYSIS_MEETING, title,
                LocalDateTime.of(2025, 4, 24, 13, 0), "Solna stadshus", null, false, List.of(userId("jarfalla")), null));
        minutes.setReviewers(meeting.id(), List.of(userId("jarfalla")));
        minutes.sendForReview(meeting.id());

        List<MimeMessage> review = mailsTo("johan.kontakt@jarfalla.se", "Protokoll att justera: " + title);
        assertThat(review).hasSize(1);
        assertThat((String) review.get(0).getContent()).contains("Hej Johan Kontaktperson!",
                "Protokollet från " + title + " väntar på din justering", "/meetings/" + meeting.id());
    }

    @Test
    void theDemosStoryOfThePastWritesToNobody() {
        Cycle cycle = testData.newCycle();
        String title = "Mötet i berättelsen " + cycle.id();
        loginAs("fou");
        appClock.at(Instant.parse("2018-02-01T09:00:00Z"), () -> meetings.create(cycle.id(), new MeetingDraft(
                MeetingKind.RESULT_MEETING, title, LocalDateTime.of(2018, 3, 13, 9, 0), "Sollentuna kommunhus", null, false,
                List.of(userId("ekero")), null)));

        assertThat(mailsTo("eva.kontakt@ekero.se", title)).isEmpty();
    }
}
