package se.fou.oj.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/**
 * The server side of the browser's copy of typed text: which fields carry one under which key, and that a restore goes
 * through the field's normal save. Karibu runs no JavaScript, so the test plays the browser by handing the component
 * what localStorage would have returned; the browser half is in {@link LocalDraftBackupIT}.
 */
class LocalDraftBackupKT extends KaribuTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    RequestService requestService;

    @Autowired
    MeetingService meetings;

    private Request newRequest() {
        Cycle cycle = testData.newCycle();
        return SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Reservkopia", null,
                List.of("Vad vet vi?", "Vad har vi för statistik?"), LocalDate.now().plusDays(10), null)));
    }

    /** The backup of a field, hidden or not (Karibu's locators see only visible components). */
    private static LocalDraftBackup backupOf(String fieldId) {
        return backups(UI.getCurrent()).filter(b -> b.getId().orElse("").equals(fieldId + "-backup")).findFirst().orElseThrow();
    }

    private static Stream<LocalDraftBackup> backups(Component root) {
        return Stream.concat(root instanceof LocalDraftBackup b ? Stream.of(b) : Stream.empty(),
                root.getChildren().flatMap(LocalDraftBackupKT::backups));
    }

    private static String unsaved(String text, String base) {
        return new StoredDraft(text, base, System.currentTimeMillis()).toJson();
    }

    private String answer(Request request, int index) {
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        return SystemActor.callAs(ekero, () -> submissions.submission(request.id(), "0125"))
                .answers().get(request.questions().get(index).id());
    }

    @Test
    void eachAnswerIsBackedUpUnderTheUsersOwnKey() {
        Request request = newRequest();
        login("ekero");
        UI.getCurrent().navigate("requests/" + request.id() + "/submissions/0125");
        String expected = "fou-oj:ekero:submission:" + request.id() + ":0125:q:" + request.questions().get(1).id();
        assertThat(backupOf("answer-2").key()).isEqualTo(expected);
        assertThat(_get(TextArea.class, s -> s.withId("answer-2")).getElement().getAttribute("data-draft-key")).isEqualTo(expected);
        assertThat(backupOf("answer-2").isVisible()).isFalse();
    }

    @Test
    void restoringSavesThroughTheNormalPathAndDiscardingLeavesTheServersText() {
        Request request = newRequest();
        login("ekero");
        UI.getCurrent().navigate("requests/" + request.id() + "/submissions/0125");

        backupOf("answer-1").offer(unsaved("Skrivet när nätet var borta.", ""));
        assertThat(backupOf("answer-1").isVisible()).isTrue();
        assertThat(backupOf("answer-1").getElement().getTextRecursively())
                .contains("Den här webbläsaren har text som inte hann sparas").contains("Skrivet när nätet var borta.")
                .doesNotContain("har ändrats sedan");
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).isReadOnly()).as("locked until answered").isTrue();
        _click(_get(Button.class, s -> s.withId("answer-1-backup-restore")));
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).getValue()).isEqualTo("Skrivet när nätet var borta.");
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).isReadOnly()).isFalse();
        assertThat(answer(request, 0)).isEqualTo("Skrivet när nätet var borta.");
        assertThat(_get(Span.class, s -> s.withId("submission-saved")).getText()).startsWith("Sparat");

        backupOf("answer-2").offer(unsaved("Gammalt utkast.", ""));
        _click(_get(Button.class, s -> s.withId("answer-2-backup-discard")));
        assertThat(backupOf("answer-2").isVisible()).isFalse();
        assertThat(_get(TextArea.class, s -> s.withId("answer-2")).getValue()).isEmpty();
        assertThat(_get(TextArea.class, s -> s.withId("answer-2")).isReadOnly()).isFalse();
    }

    /** The restore is an ordinary save with this screen's version: a colleague's newer save is refused, not overwritten. */
    @Test
    void aRestoreOverAColleaguesNewerSaveIsRefusedLikeTyping() {
        Request request = newRequest();
        login("ekero");
        UI.getCurrent().navigate("requests/" + request.id() + "/submissions/0125");
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> submissions.saveDraft(request.id(), "0125", 0,
                Map.of(request.questions().get(0).id(), "Kollegans text.")));

        backupOf("answer-1").offer(unsaved("Min osparade text.", ""));
        _click(_get(Button.class, s -> s.withId("answer-1-backup-restore")));
        assertThat(_get(Div.class, s -> s.withId("submission-conflict")).getText()).startsWith("Någon annan har sparat svaret");
        assertThat(answer(request, 0)).isEqualTo("Kollegans text.");
    }

    @Test
    void textTheServerAlreadyHasIsNotOfferedAndAChangedServerTextIsNamed() {
        Request request = newRequest();
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> submissions.saveDraft(request.id(), "0125", 0,
                Map.of(request.questions().get(0).id(), "Sparat svar.")));
        login("ekero");
        UI.getCurrent().navigate("requests/" + request.id() + "/submissions/0125");

        backupOf("answer-1").offer(unsaved("Sparat svar.", ""));
        assertThat(backupOf("answer-1").isVisible()).isFalse();
        backupOf("answer-1").offer("inte json");
        assertThat(backupOf("answer-1").isVisible()).isFalse();

        backupOf("answer-1").offer(unsaved("Skrivet över något äldre.", ""));
        assertThat(backupOf("answer-1").getElement().getTextRecursively())
                .contains("Obs: den sparade texten har ändrats sedan dess");
    }

    @Test
    void aSubmittedAnswerCarriesNoBackup() {
        Request request = newRequest();
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> submissions.submit(request.id(), "0125", 0,
                Map.of(request.questions().get(0).id(), "Klart.")));
        login("ekero");
        UI.getCurrent().navigate("requests/" + request.id() + "/submissions/0125");
        assertThat(backups(UI.getCurrent())).isEmpty();
    }

    @Test
    void meetingNotesAreBackedUpAndARestoreSavesThem() {
        Cycle cycle = testData.newCycle();
        login("fou");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/meetings");
        _click(_get(Button.class, s -> s.withId("new-meeting")));
        @SuppressWarnings("unchecked")
        ComboBox<MeetingKind> kind = _get(ComboBox.class, s -> s.withId("meeting-kind"));
        kind.setValue(MeetingKind.ANALYSIS_MEETING);
        _click(_get(Button.class, s -> s.withId("meeting-save")));
        long meetingId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1));
        Meeting.AgendaItem first = meetings.meeting(meetingId).agenda().get(0);

        assertThat(backupOf("notes-1").key()).isEqualTo("fou-oj:fou:meeting:" + meetingId + ":agenda:" + first.id());
        assertThat(backupOf("decision-text").key()).isEqualTo("fou-oj:fou:meeting:" + meetingId + ":decision:new");
        backupOf("notes-1").offer(unsaved("Anteckning från när sessionen hade gått ut.", ""));
        _click(_get(Button.class, s -> s.withId("notes-1-backup-restore")));
        assertThat(meetings.meeting(meetingId).agenda().get(0).notes()).isEqualTo("Anteckning från när sessionen hade gått ut.");
    }
}
