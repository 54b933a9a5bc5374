package se.fou.oj.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.AgendaTemplate;
import se.fou.oj.meeting.JobFunction;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.region.Municipality;
import se.fou.oj.user.UserAccount;

/** A result meeting end to end, as FoU, the invitees and the reviewers use the screens. */
class ResultMeetingKT extends KaribuTest {

    private long meetingId;

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    private void openMeeting() {
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MeetingView.MEETING_ID, String.valueOf(meetingId)));
    }

    private static void attend(String name, String side, JobFunction function) {
        _get(TextField.class, s -> s.withId("attendance-name")).setValue(name);
        ComboBox<Municipality> municipality = combo("attendance-for");
        municipality.setValue(municipality.getListDataView().getItems().filter(m -> m.name().equals(side)).findFirst().orElseThrow());
        ComboBox<JobFunction> functions = combo("attendance-function");
        functions.setValue(function);
        _click(_get(Button.class, s -> s.withId("attendance-add")));
    }

    private static List<String> missing() {
        return _find(UnorderedList.class, s -> s.withId("attendance-missing")).stream()
                .flatMap(l -> l.getChildren()).map(c -> ((ListItem) c).getText()).toList();
    }

    @Test
    void aResultMeetingFromInvitationToApprovedMinutesAndACorrection() {
        Cycle cycle = testData.newCycle();
        login("fou");
        UI.getCurrent().navigate(MeetingsView.class, new RouteParameters(CycleRoutes.CYCLE_ID, String.valueOf(cycle.id())));
        _click(_get(Button.class, s -> s.withId("new-meeting")));
        ComboBox<MeetingKind> kind = combo("meeting-kind");
        kind.setValue(MeetingKind.RESULT_MEETING);
        assertThat(_get(TextField.class, s -> s.withId("meeting-title")).getValue()).isEqualTo("Resultatmöte – " + cycle.title());
        _get(TextField.class, s -> s.withId("meeting-place")).setValue("Sollentuna kommunhus");
        // Held yesterday: minutes are approved only for a meeting that has been held
        _get(DateTimePicker.class, s -> s.withId("meeting-starts-at"))
                .setValue(LocalDateTime.now().minusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(9));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UserAccount> invitees = _get(MultiSelectComboBox.class, s -> s.withId("meeting-invitees"));
        invitees.setValue(invitees.getListDataView().getItems()
                .filter(u -> Set.of("ekero", "jarfalla").contains(u.username())).collect(Collectors.toSet()));
        _click(_get(Button.class, s -> s.withId("meeting-save")));
        assertThat(notificationTexts()).contains("Mötet är skapat – 2 inbjudna.");
        _assertOne(MeetingView.class);
        meetingId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1));
        assertThat(_get(H4.class, s -> s.withText(
                "1. Genomgång av sammanställningen (Sakkunnig FoU) · 45 min"))).isNotNull();

        // An invitee answers
        login("ekero");
        openMeeting();
        _click(_get(Button.class, s -> s.withId("answer-yes")));
        assertThat(_get(Span.class, s -> s.withId("my-answer")).getText()).isEqualTo("Ditt svar: Kommer");
        _assertNone(Button.class, s -> s.withId("attendance-add"));

        // The minute-taker records attendance: the warning names Ekerö until it has its head and a second person
        login("fou");
        openMeeting();
        @SuppressWarnings("unchecked")
        Grid<Meeting.Invitee> invited = _get(Grid.class, s -> s.withId("invitees-grid"));
        assertThat(GridKt._size(invited)).isEqualTo(2);
        assertThat(missing()).contains("Ekerö saknar förvaltningschef eller motsvarande.", "Ekerö behöver minst en person till.");
        attend("Eva Kontaktperson", "Ekerö", JobFunction.HEAD_OF_DEPARTMENT);
        attend("Erik Enhetschef", "Ekerö", JobFunction.STAFF);
        assertThat(missing()).noneMatch(m -> m.startsWith("Ekerö"));

        _setValue(_get(TextArea.class, s -> s.withId("notes-1")), "Sammanställningen gicks igenom.");
        _get(TextArea.class, s -> s.withId("decision-text")).setValue("Tre utvecklingsområden valdes.");
        _click(_get(Button.class, s -> s.withId("decision-add")));
        addAction("Ta fram statistik om orsakskoder", "Ekerö");
        addAction("Sök forskning om ohälsa", "Järfälla");
        @SuppressWarnings("unchecked")
        Grid<Meeting.ActionItem> actions = _get(Grid.class, s -> s.withId("action-items-grid"));
        assertThat(GridKt._size(actions)).isEqualTo(2);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UserAccount> reviewers = _get(MultiSelectComboBox.class, s -> s.withId("reviewers-choice"));
        reviewers.setValue(reviewers.getListDataView().getItems().filter(u -> u.username().equals("jarfalla"))
                .collect(Collectors.toSet()));
        _click(_get(Button.class, s -> s.withId("reviewers-save")));
        _click(_get(Button.class, s -> s.withId("send-for-review")));
        assertThat(notificationTexts()).contains("Protokollet är skickat för justering till Johan Kontaktperson.");

        // Only the reviewer approves
        login("ekero");
        openMeeting();
        _assertNone(Button.class, s -> s.withId("approve-minutes"));
        login("jarfalla");
        openMeeting();
        _click(_get(Button.class, s -> s.withId("approve-minutes")));
        confirm("confirm-approve-minutes");
        assertThat(notificationTexts()).contains("Du har justerat protokollet från Resultatmöte – " + cycle.title() + ".");
        assertThat(_get(Span.class, s -> s.withId("meeting-status")).getText()).contains("Justerat");

        // Approved minutes are read-only for FoU too; a correction makes version 2
        login("fou");
        openMeeting();
        _assertNone(TextArea.class, s -> s.withId("decision-text"));
        assertThat(_get(Paragraph.class, s -> s.withId("notes-1")).getText()).isEqualTo("Sammanställningen gicks igenom.");
        _click(_get(Button.class, s -> s.withId("correct-minutes")));
        _get(TextArea.class, s -> s.withId("correction-reason")).setValue("Fel ansvarig för statistiken");
        _click(_get(Button.class, s -> s.withId("correction-start")));
        assertThat(_get(Span.class, s -> s.withId("meeting-status")).getText()).contains("Utkast").contains("Version 2");
        _assertOne(TextArea.class, s -> s.withId("decision-text"));
        _assertOne(Anchor.class, s -> s.withId("minutes-version-1"));
    }

    @Test
    void fouEditsTheAgendaKeepsTheNotesAndSavesItAsATemplate() {
        Cycle cycle = testData.newCycle();
        login("fou");
        UI.getCurrent().navigate(MeetingsView.class, new RouteParameters(CycleRoutes.CYCLE_ID, String.valueOf(cycle.id())));
        _click(_get(Button.class, s -> s.withId("new-meeting")));
        ComboBox<MeetingKind> kind = combo("meeting-kind");
        kind.setValue(MeetingKind.ANALYSIS_MEETING);
        _click(_get(Button.class, s -> s.withId("meeting-save")));
        meetingId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1));
        assertThat(_get(Paragraph.class, s -> s.withId("meeting-when")).getText()).contains("kl. 09.00–11.00");
        _setValue(_get(TextArea.class, s -> s.withId("notes-1")), "Alla åtta kommuner har skickat underlag.");

        _click(_get(Button.class, s -> s.withId("edit-agenda")));
        _get(IntegerField.class, s -> s.withId("agenda-minutes-1")).setValue(60);
        _click(_get(Button.class, s -> s.withId("agenda-remove-4")));
        assertThat(_get(Span.class, s -> s.withId("agenda-total")).getText()).isEqualTo("Sammanlagt 130 minuter; sluttiden följer.");
        String templateName = "Analysmöte kort " + cycle.id();
        _get(TextField.class, s -> s.withId("agenda-template-name")).setValue(templateName);
        _click(_get(Button.class, s -> s.withId("agenda-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("meeting-when")).getText()).contains("kl. 09.00–11.10");
        assertThat(_get(TextArea.class, s -> s.withId("notes-1")).getValue()).isEqualTo("Alla åtta kommuner har skickat underlag.");

        _click(_get(Button.class, s -> s.withId("edit-agenda")));
        _get(TextField.class, s -> s.withId("agenda-template-name")).setValue(templateName);
        _click(_get(Button.class, s -> s.withId("agenda-save-template")));
        @SuppressWarnings("unchecked")
        ComboBox<AgendaTemplate> templates = _get(ComboBox.class, s -> s.withId("agenda-template"));
        assertThat(templates.getListDataView().getItems()).noneMatch(t -> t.name().equals(templateName));
        _click(_get(Button.class, s -> s.withId("agenda-save-template")));
        assertThat(_get(Div.class, s -> s.withId("agenda-errors")).getText())
                .isEqualTo("Det finns redan en mall som heter " + templateName + ".");
    }

    private static void addAction(String text, String municipality) {
        _get(TextField.class, s -> s.withId("action-text")).setValue(text);
        ComboBox<Municipality> owner = combo("action-owner-municipality");
        owner.setValue(owner.getListDataView().getItems().filter(m -> m.name().equals(municipality)).findFirst().orElseThrow());
        _get(DatePicker.class, s -> s.withId("action-due")).setValue(LocalDate.now().plusWeeks(3));
        _click(_get(Button.class, s -> s.withId("action-add")));
    }

}
