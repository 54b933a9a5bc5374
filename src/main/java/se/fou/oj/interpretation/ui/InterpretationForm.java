package se.fou.oj.interpretation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.interpretation.IndicatorInterpretation;
import se.fou.oj.interpretation.InterpretationDraft;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.meeting.Meeting;

/** FoU agrees a reading for an indicator, or revises the current one (a new version; the old one stays). */
class InterpretationForm extends Dialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** @param meetings the cycle's meetings, one of which the reading may be linked to */
    InterpretationForm(InterpretationService service, long cycleId, IndicatorInterpretation indicator,
                       List<Meeting> meetings, Runnable onSaved) {
        setId("interpretation-form");
        setWidth("44rem");
        setHeaderTitle(getTranslation(indicator == null ? "interpretation.new"
                : indicator.current() == null ? "interpretation.agree" : "interpretation.revise",
                indicator == null ? "" : indicator.indicatorCode()));
        TextField code = new TextField(getTranslation("interpretation.code"));
        code.setId("interpretation-code");
        code.setMaxLength(InterpretationService.MAX_CODE);
        TextArea reading = new TextArea(getTranslation("interpretation.reading"));
        reading.setMaxLength(TextLimit.TEXT.max());
        reading.setId("interpretation-reading-field");
        reading.setMinHeight("7rem");
        TextArea definitions = new TextArea(getTranslation("interpretation.definitions"));
        definitions.setMaxLength(TextLimit.TEXT.max());
        definitions.setId("interpretation-definitions-field");
        DatePicker agreedOn = 
                ComponentTexts.datePicker(new DatePicker(getTranslation("interpretation.agreedOn"), LocalDate.now(UiClock.get())));
        agreedOn.setId("interpretation-agreed-on");
        ComboBox<Meeting> meetingPicker =
                new ComboBox<>(getTranslation("interpretation.meeting"));
        meetingPicker.setId("interpretation-meeting-picker");
        meetingPicker.setItems(meetings);
        meetingPicker.setItemLabelGenerator(m -> label(m));
        meetingPicker.setClearButtonVisible(true);
        meetingPicker.setHelperText(getTranslation(meetings.isEmpty() ? "interpretation.meeting.none"
                : "interpretation.meeting.help"));
        meetingPicker.setEnabled(!meetings.isEmpty());
        // Picking a meeting that has taken place dates the reading to that day (it can still be changed)
        meetingPicker.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().startsAt().toLocalDate().isAfter(LocalDate.now(UiClock.get()))) {
                agreedOn.setValue(e.getValue().startsAt().toLocalDate());
            }
        });
        TextField meeting = new TextField(getTranslation("interpretation.meetingNote"));
        meeting.setMaxLength(TextLimit.TITLE.max());
        meeting.setId("interpretation-meeting");
        meeting.setHelperText(getTranslation("interpretation.meetingNote.help"));
        if (indicator != null) {
            code.setValue(indicator.indicatorCode());
            code.setReadOnly(true);
            if (indicator.current() != null) {
                reading.setValue(indicator.current().reading());
                definitions.setValue(indicator.current().definitions() == null ? "" : indicator.current().definitions());
            }
        }
        Div errors = new Div();
        errors.setId("interpretation-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(code, agreedOn, reading, definitions, meetingPicker, meeting);
        form.setColspan(reading, 2);
        form.setColspan(definitions, 2);
        form.setColspan(meetingPicker, 2);
        form.setColspan(meeting, 2);
        add(form, errors);

        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.agree(cycleId, code.getValue(), new InterpretationDraft(reading.getValue(), definitions.getValue(),
                        agreedOn.getValue(), meeting.getValue(),
                        meetingPicker.getValue() == null ? null : meetingPicker.getValue().id()));
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("interpretation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    static String label(Meeting meeting) {
        return meeting.title() + " (" + DAY.format(meeting.startsAt()) + ")";
    }
}
