package se.fou.oj.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;

/** A meeting still to come is never "Genomfört", and its minutes cannot be approved before it has been held. */
class FutureMeetingMinutesKT extends KaribuTest {

    @Autowired
    MeetingService meetingService;

    @Autowired
    MinutesService minutesService;

    private Meeting inReview(LocalDateTime startsAt) {
        Cycle cycle = testData.newCycle();
        long jarfalla = ((AppUserPrincipal) userDetailsService.loadUserByUsername("jarfalla")).userId();
        return SystemActor.call(() -> {
            Meeting m = meetingService.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING,
                    "Kommande möte " + cycle.id(), startsAt, "Solna", null, false, List.of(jarfalla), null));
            minutesService.setReviewers(m.id(), List.of(jarfalla));
            minutesService.sendForReview(m.id());
            return m;
        });
    }

    @Test
    void theServiceRefusesToApproveTheMinutesOfAMeetingStillToCome() {
        LocalDateTime next = LocalDateTime.now().plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Meeting meeting = inReview(next);
        loginAs("jarfalla");
        assertThatThrownBy(() -> minutesService.approve(meeting.id())).isInstanceOf(ValidationException.class)
                .hasMessage("Protokollet kan justeras först när mötet har hållits (" + next.toLocalDate() + " 09:00).");
        Meeting after = meetingService.meeting(meeting.id());
        assertThat(after.minutesStatus()).isEqualTo(Meeting.MinutesStatus.REVIEW);
        assertThat(after.status()).isEqualTo(Meeting.Status.PLANNED);
    }

    @Test
    void theReviewerSeesWhySheCannotApproveYetAndTheMeetingIsPlanned() {
        LocalDateTime next = LocalDateTime.now().plusDays(3).withHour(13).withMinute(0).withSecond(0).withNano(0);
        Meeting meeting = inReview(next);
        login("jarfalla");
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MeetingView.MEETING_ID, String.valueOf(meeting.id())));
        assertThat(_get(Button.class, s -> s.withId("approve-minutes")).isEnabled()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("approve-minutes-why")).getText())
                .isEqualTo("Protokollet kan justeras först när mötet har hållits (" + next.toLocalDate() + " 13:00).");
        assertThat(_get(Span.class, s -> s.withId("meeting-status")).getText()).startsWith("Planerat").doesNotContain("Genomfört");
    }

    @Test
    void aMeetingRecordedAsHeldButStillToComeIsShownAsPlanned() {
        LocalDateTime now = LocalDateTime.of(2026, 5, 1, 12, 0);
        Meeting meeting = inReview(LocalDateTime.now().plusDays(5));
        Meeting held = new Meeting(meeting.id(), meeting.cycleId(), meeting.cycleTitle(), meeting.kind(), meeting.title(),
                now.plusDays(1), meeting.place(), meeting.videoLink(), Meeting.Status.HELD, 0, false,
                meeting.minutesStatus(), 1, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(held.shownStatus(now)).isEqualTo(Meeting.Status.PLANNED);
        assertThat(held.shownStatus(now.plusDays(2))).isEqualTo(Meeting.Status.HELD);
    }
}
