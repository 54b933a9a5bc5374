package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.user.UserAccount;

/** FoU plans a meeting: its kind proposes the standard agenda; invitees get a notification and a calendar file. */
class MeetingForm extends Dialog {

    MeetingForm(MeetingService service, long cycleId, String cycleTitle, List<UserAccount> users, Consumer<Meeting> onCreated) {
        setId("meeting-form");
        setHeaderTitle(getTranslation("meeting.new"));
        setWidth("44rem");
        ComboBox<MeetingKind> kind = new ComboBox<>(getTranslation("meeting.kind"));
        kind.setId("meeting-kind");
        kind.setItems(Arrays.asList(MeetingKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        TextField title = new TextField(getTranslation("meeting.title"));
        title.setMaxLength(TextLimit.TITLE.max());
        title.setId("meeting-title");
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null && (title.isEmpty() || e.getOldValue() != null
                    && title.getValue().startsWith(getTranslation(e.getOldValue().labelKey())))) {
                title.setValue(getTranslation(e.getValue().labelKey()) + " – " + cycleTitle);
            }
        });
        DateTimePicker startsAt = ComponentTexts.dateTimePicker(new DateTimePicker(getTranslation("meeting.startsAt")));
        startsAt.setId("meeting-starts-at");
        startsAt.setStep(Duration.ofMinutes(15));
        startsAt.setValue(LocalDateTime.now(UiClock.get()).plusWeeks(2).truncatedTo(ChronoUnit.DAYS).withHour(9));
        TextField place = new TextField(getTranslation("meeting.place"));
        place.setMaxLength(TextLimit.TITLE.max());
        place.setId("meeting-place");
        TextField video = new TextField(getTranslation("meeting.videoLink"));
        video.setMaxLength(TextLimit.REFERENCE.max());
        video.setId("meeting-video");
        Checkbox all = new Checkbox(getTranslation("meeting.inviteAll"));
        all.setId("meeting-invite-all");
        MultiSelectComboBox<UserAccount> invitees = 
                ComponentTexts.multiSelect(new MultiSelectComboBox<>(getTranslation("meeting.invitees")));
        invitees.setId("meeting-invitees");
        invitees.setItems(users);
        invitees.setItemLabelGenerator(MeetingForm::label);
        Div errors = new Div();
        errors.setId("meeting-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(kind, title, startsAt, place, video, all, invitees);
        form.setColspan(title, 2);
        form.setColspan(invitees, 2);
        add(form, errors);

        RequiredFields required = new RequiredFields(kind, title, startsAt);
        Button save = new Button(getTranslation("action.create"), e -> {
            // Marked on the fields; the service still names every problem in the line below the form
            required.check();
            try {
                Meeting meeting = service.create(cycleId, new MeetingDraft(kind.getValue(), title.getValue(), startsAt.getValue(),
                        place.getValue(), video.getValue(), all.getValue(),
                        invitees.getValue().stream().map(UserAccount::id).toList(), null));
                close();
                Notifications.success(getTranslation("feedback.meeting.created", meeting.invitees().size()));
                onCreated.accept(meeting);
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    static String label(UserAccount user) {
        return user.displayName() + (user.municipalityName() == null ? " (FoU)" : " (" + user.municipalityName() + ")");
    }
}
