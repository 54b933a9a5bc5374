package se.fou.oj.interpretation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import se.fou.oj.base.ValidationException;
import se.fou.oj.interpretation.IndicatorInterpretation;
import se.fou.oj.interpretation.InterpretationDraft;
import se.fou.oj.interpretation.InterpretationService;

/** FoU agrees a reading for an indicator, or revises the current one (a new version; the old one stays). */
class InterpretationForm extends Dialog {

    InterpretationForm(InterpretationService service, long cycleId, IndicatorInterpretation indicator, Runnable onSaved) {
        setId("interpretation-form");
        setWidth("44rem");
        setHeaderTitle(getTranslation(indicator == null ? "interpretation.new"
                : indicator.current() == null ? "interpretation.agree" : "interpretation.revise",
                indicator == null ? "" : indicator.indicatorCode()));
        TextField code = new TextField(getTranslation("interpretation.code"));
        code.setId("interpretation-code");
        TextArea reading = new TextArea(getTranslation("interpretation.reading"));
        reading.setId("interpretation-reading-field");
        reading.setMinHeight("7rem");
        TextArea definitions = new TextArea(getTranslation("interpretation.definitions"));
        definitions.setId("interpretation-definitions-field");
        DatePicker agreedOn = new DatePicker(getTranslation("interpretation.agreedOn"), LocalDate.now());
        agreedOn.setId("interpretation-agreed-on");
        agreedOn.setLocale(getLocale());
        TextField meeting = new TextField(getTranslation("interpretation.meetingNote"));
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
        FormLayout form = new FormLayout(code, agreedOn, reading, definitions, meeting);
        form.setColspan(reading, 2);
        form.setColspan(definitions, 2);
        form.setColspan(meeting, 2);
        add(form, errors);

        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.agree(cycleId, code.getValue(), new InterpretationDraft(reading.getValue(), definitions.getValue(),
                        agreedOn.getValue(), meeting.getValue()));
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
}
