package se.fou.oj.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.notification.Notification;
import se.fou.oj.notification.NotificationService;
import se.fou.oj.region.RegionService;

class MeetingServiceIT extends IntegrationTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    RegionService regionService;

    @Autowired
    NotificationService notifications;

    private long userId(String username) {
        return userDetailsService.loadUserByUsername(username) instanceof AppUserPrincipal p ? p.userId() : -1;
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String property(Calendar calendar, String name) {
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        return event.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void theCalendarFileKeepsItsUidAndRaisesItsSequenceWhenMovedOrCancelled() throws Exception {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, "Resultatmöte EB",
                LocalDateTime.of(2026, 3, 13, 9, 0), "Sollentuna kommunhus", null, false, List.of(userId("jarfalla")), null));
        assertThat(meeting.agenda()).extracting(Meeting.AgendaItem::title).startsWith("Genomgång av sammanställningen",
                "Identifiera minst tre utvecklingsområden");
        assertThat(meeting.endsAt()).isEqualTo(LocalDateTime.of(2026, 3, 13, 11, 0));

        String ics = meetings.calendarFile(meeting.id());
        assertThat(ics).contains("DTSTART;TZID=Europe/Stockholm:20260313T090000", "DTEND;TZID=Europe/Stockholm:20260313T110000",
                "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm");
        Calendar first = parse(ics);
        assertThat(property(first, "UID")).isEqualTo("meeting-" + meeting.id() + "@fou-nordvast.se");
        assertThat(property(first, "SEQUENCE")).isEqualTo("0");
        assertThat(first.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");

        meetings.reschedule(meeting.id(), "Resultatmöte EB", LocalDateTime.of(2026, 3, 20, 13, 0), "Solna stadshus", null);
        Calendar moved = parse(meetings.calendarFile(meeting.id()));
        assertThat(property(moved, "UID")).isEqualTo(property(first, "UID"));
        assertThat(property(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(property(moved, "DTSTART")).isEqualTo("20260320T130000");
        assertThat(property(moved, "LOCATION")).isEqualTo("Solna stadshus");

        meetings.cancel(meeting.id());
        Calendar cancelled = parse(meetings.calendarFile(meeting.id()));
        assertThat(property(cancelled, "UID")).isEqualTo(property(first, "UID"));
        assertThat(property(cancelled, "SEQUENCE")).isEqualTo("2");
        assertThat(property(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    }

    @Test
    void aMunicipalContactSeesOnlyMeetingsTheyAreInvitedToOrThatAreForAllContacts() {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        Meeting jarfallaOnly = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.ANALYSIS_MEETING, "Analysmöte",
                LocalDateTime.of(2026, 4, 10, 9, 0), null, "https://video.example/abc", false, List.of(userId("jarfalla")), null));
        Meeting forAll = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.QUALITY_ASSURANCE, "Kvalitetssäkring",
                LocalDateTime.of(2026, 2, 10, 9, 0), "FoU", null, true, List.of(), null));

        loginAs("ekero");
        assertThat(meetings.meetingsOfCycle(cycle.id())).extracting(Meeting::id).containsExactly(forAll.id());
        assertThatThrownBy(() -> meetings.meeting(jarfallaOnly.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.calendarFile(jarfallaOnly.id())).isInstanceOf(AccessDeniedException.class);
        meetings.respond(forAll.id(), Meeting.Response.YES);

        loginAs("jarfalla");
        assertThat(meetings.meetingsOfCycle(cycle.id())).hasSize(2);
        meetings.respond(jarfallaOnly.id(), Meeting.Response.NO);
        assertThatThrownBy(() -> minutes.addDecision(jarfallaOnly.id(), "Vi bestämmer själva"))
                .isInstanceOf(AccessDeniedException.class);

        loginAs("socialchef");
        assertThat(meetings.meetingsOfCycle(cycle.id())).hasSize(2);
        loginAs("fou");
        assertThat(meetings.meeting(jarfallaOnly.id()).invitees()).singleElement()
                .satisfies(i -> assertThat(i.response()).isEqualTo(Meeting.Response.NO));
    }

    @Test
    void minutesGoFromDraftToReviewToApprovedAndACorrectionMakesVersionTwo() throws Exception {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, "Resultatmöte",
                LocalDateTime.of(2026, 3, 13, 9, 0), "Sollentuna", null, true, List.of(), null));
        long ekero = regionService.municipalityByCode("0125").orElseThrow().id();
        assertThat(minutes.missingAtResultMeeting(meeting.id())).contains("Ekerö saknar förvaltningschef eller motsvarande.",
                "FoU saknar Sekreterare (FoU).");
        minutes.addAttendance(meeting.id(), "Eva Kontaktperson", ekero, JobFunction.HEAD_OF_DEPARTMENT, true);
        assertThat(minutes.missingAtResultMeeting(meeting.id())).doesNotContain("Ekerö saknar förvaltningschef eller motsvarande.")
                .contains("Ekerö behöver minst en person till.");
        minutes.addAttendance(meeting.id(), "Erik Enhetschef", ekero, JobFunction.STAFF, true);
        assertThat(minutes.missingAtResultMeeting(meeting.id())).noneMatch(m -> m.startsWith("Ekerö"));

        Meeting.AgendaItem first = meetings.meeting(meeting.id()).agenda().get(0);
        minutes.saveNotes(meeting.id(), first.id(), "Sammanställningen gicks igenom tabell för tabell.");
        minutes.addDecision(meeting.id(), "Tre utvecklingsområden: samverkan med primärvården, genomförandeplaner, AUDIT/DUDIT.");
        minutes.addActionItem(meeting.id(), "Ta fram statistik om orsakskoder 021–032", null, ekero, LocalDate.of(2026, 4, 1));
        minutes.addActionItem(meeting.id(), "Sök forskning om ohälsa och försörjning", userId("fou"), null, LocalDate.of(2026, 4, 8));
        assertThatThrownBy(() -> minutes.sendForReview(meeting.id())).isInstanceOf(ValidationException.class);
        minutes.setReviewers(meeting.id(), List.of(userId("ekero"), userId("jarfalla")));
        minutes.sendForReview(meeting.id());

        loginAs("socialchef");
        assertThatThrownBy(() -> minutes.approve(meeting.id())).isInstanceOf(AccessDeniedException.class);
        loginAs("ekero");
        assertThatThrownBy(() -> minutes.addDecision(meeting.id(), "Egen text")).isInstanceOf(AccessDeniedException.class);
        minutes.approve(meeting.id());
        assertThat(meetings.meeting(meeting.id()).minutesStatus()).isEqualTo(Meeting.MinutesStatus.REVIEW);
        loginAs("jarfalla");
        minutes.approve(meeting.id());

        loginAs("fou");
        Meeting approved = meetings.meeting(meeting.id());
        assertThat(approved.minutesStatus()).isEqualTo(Meeting.MinutesStatus.APPROVED);
        assertThat(approved.status()).isEqualTo(Meeting.Status.HELD);
        assertThatThrownBy(() -> minutes.addDecision(meeting.id(), "Ändring i efterhand"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Protokollet är justerat");
        assertThatThrownBy(() -> minutes.saveNotes(meeting.id(), first.id(), "Ändrad"))
                .isInstanceOf(ValidationException.class);

        String version1 = text(approved.id());
        assertThat(version1).contains("Eva Kontaktperson", "Erik Enhetschef", "Ekerö", "Tre utvecklingsområden",
                "Ta fram statistik om orsakskoder 021–032", "Sök forskning om ohälsa", "2026-04-01",
                "Protokollet är justerat av").doesNotContain("UTKAST");

        minutes.startCorrection(meeting.id(), "Fel datum för statistiken");
        Meeting corrected = meetings.meeting(meeting.id());
        assertThat(corrected.minutesVersion()).isEqualTo(2);
        assertThat(corrected.minutesStatus()).isEqualTo(Meeting.MinutesStatus.DRAFT);
        assertThat(text(meeting.id())).contains("UTKAST", "Version 2", "Rättelse: Fel datum för statistiken");
        // The cycle's next meeting starts by following up the open action items, listed under the first item
        Meeting next = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.ANALYSIS_MEETING, "Analysmöte",
                LocalDateTime.of(2026, 4, 20, 9, 0), null, null, false, List.of(), null));
        assertThat(next.agenda().get(0).title()).isEqualTo("Uppföljning av beslut");
        assertThat(next.agenda().get(0).notes()).contains("Ta fram statistik om orsakskoder 021–032 – Ekerö, senast 2026-04-01");
        ByteArrayOutputStream v1 = new ByteArrayOutputStream();
        minutes.writeApprovedVersion(meeting.id(), 1, v1);
        assertThat(v1.size()).isPositive();
        assertThat(corrected.approvedVersions()).singleElement().satisfies(v -> assertThat(v.versionNo()).isEqualTo(1));
    }

    private List<Notification> notificationsOf(String username, Meeting meeting) {
        loginAs(username);
        return notifications.myNotifications(1000).stream().filter(n -> n.link().equals("meetings/" + meeting.id())).toList();
    }

    @Test
    void inviteesAreNotifiedInTheAppWhenAMeetingIsCreatedMovedAndCancelled() {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.ANALYSIS_MEETING, "Analysmöte aviseras",
                LocalDateTime.of(2026, 4, 10, 9, 0), "Järfälla kommunhus", null, false,
                List.of(userId("ekero"), userId("jarfalla")), null));
        for (String invitee : List.of("ekero", "jarfalla")) {
            assertThat(notificationsOf(invitee, meeting)).extracting(Notification::messageKey)
                    .containsExactly("notification.meetingInvited");
            assertThat(notificationsOf(invitee, meeting).get(0).messageArgument()).startsWith("Analysmöte aviseras");
        }
        loginAs("fou");
        meetings.reschedule(meeting.id(), "Analysmöte aviseras", LocalDateTime.of(2026, 4, 17, 13, 0), "Solna stadshus", null);
        loginAs("fou");
        meetings.cancel(meeting.id());
        for (String invitee : List.of("ekero", "jarfalla")) {
            assertThat(notificationsOf(invitee, meeting)).extracting(Notification::messageKey)
                    .containsExactlyInAnyOrder("notification.meetingInvited", "notification.meetingMoved",
                            "notification.meetingCancelled");
        }
        // Solna was not invited and hears nothing of it
        assertThat(notificationsOf("solna", meeting)).isEmpty();
    }

    @Test
    void aReviewerCommentsBeforeApprovingAndTheCommentIsKept() {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, "Resultatmöte med kommentar",
                LocalDateTime.of(2026, 3, 13, 9, 0), "Sollentuna", null, true, List.of(), null));
        minutes.addDecision(meeting.id(), "Tre utvecklingsområden väljs.");
        minutes.setReviewers(meeting.id(), List.of(userId("ekero")));
        loginAs("ekero");
        assertThatThrownBy(() -> minutes.comment(meeting.id(), "För tidigt")).isInstanceOf(ValidationException.class);
        loginAs("fou");
        minutes.sendForReview(meeting.id());

        loginAs("jarfalla");
        assertThatThrownBy(() -> minutes.comment(meeting.id(), "Jag är inte justerare"))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("ekero");
        minutes.comment(meeting.id(), "Stava Upplands-Bro med bindestreck i beslutet.");
        loginAs("fou");
        Meeting commented = meetings.meeting(meeting.id());
        assertThat(commented.minutesStatus()).isEqualTo(Meeting.MinutesStatus.REVIEW);
        assertThat(commented.reviewers()).singleElement().satisfies(r -> {
            assertThat(r.comment()).isEqualTo("Stava Upplands-Bro med bindestreck i beslutet.");
            assertThat(r.approvedVersion()).isNull();
        });

        loginAs("ekero");
        minutes.approve(meeting.id());
        loginAs("fou");
        assertThat(meetings.meeting(meeting.id()).minutesStatus()).isEqualTo(Meeting.MinutesStatus.APPROVED);
        assertThat(meetings.meeting(meeting.id()).reviewers().get(0).comment())
                .isEqualTo("Stava Upplands-Bro med bindestreck i beslutet.");
    }

    @Test
    void aDraftMinutesPdfIsMarkedUtkastOnEveryPage() throws Exception {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, "Långt protokoll",
                LocalDateTime.of(2026, 3, 13, 9, 0), "Sollentuna", null, true, List.of(), null));
        String longNotes = String.join("\n", Collections.nCopies(40,
                "Sammanställningen gicks igenom tabell för tabell och kommunerna kommenterade sina svar."));
        for (Meeting.AgendaItem item : meeting.agenda()) {
            minutes.saveNotes(meeting.id(), item.id(), longNotes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        minutes.writeMinutesPdf(meeting.id(), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("UTKAST");
            }
        }
    }

    private String text(long meetingId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        minutes.writeMinutesPdf(meetingId, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
