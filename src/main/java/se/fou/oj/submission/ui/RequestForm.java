package se.fou.oj.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;

/** FoU writes a request: instructions, one question per line (the usual three proposed), a deadline. */
class RequestForm extends Dialog {

    RequestForm(RequestService service, long cycleId, List<DevelopmentArea> areas,
                Runnable onSaved) {
        setId("request-form");
        setHeaderTitle(getTranslation("request.new"));
        setWidth("44rem");
        TextField title = new TextField(getTranslation("request.title"));
        title.setMaxLength(TextLimit.TITLE.max());
        title.setId("request-title");
        TextArea instructions = new TextArea(getTranslation("request.instructions"));
        instructions.setMaxLength(TextLimit.TEXT.max());
        instructions.setId("request-instructions");
        TextArea questions = new TextArea(getTranslation("request.questions"));
        questions.setMaxLength(TextLimit.TEXT.max());
        questions.setId("request-questions");
        questions.setHelperText(getTranslation("request.questions.help"));
        questions.setValue(getTranslation("request.questions.default"));
        questions.setMinHeight("7rem");
        DatePicker deadline = 
                ComponentTexts.datePicker(new DatePicker(getTranslation("request.deadline"), LocalDate.now(UiClock.get()).plusWeeks(3)));
        deadline.setId("request-deadline");
        Checkbox withStatistics = new Checkbox(
                getTranslation("request.statistics"));
        withStatistics.setId("request-with-statistics");
        TextArea rows = new TextArea(getTranslation("request.statistics.rows"));
        rows.setMaxLength(TextLimit.TEXT.max());
        rows.setId("request-statistics-rows");
        rows.setHelperText(getTranslation("request.statistics.rows.help"));
        TextArea breakdowns = new TextArea(getTranslation("request.statistics.breakdowns"));
        breakdowns.setMaxLength(TextLimit.TEXT.max());
        breakdowns.setId("request-statistics-breakdowns");
        breakdowns.setHelperText(getTranslation("request.statistics.breakdowns.help"));
        var example = StatisticsTable.causeCodes();
        rows.setValue(example.rowsText());
        breakdowns.setValue(example.breakdownsText());
        rows.setVisible(false);
        breakdowns.setVisible(false);
        withStatistics.addValueChangeListener(e -> {
            rows.setVisible(e.getValue());
            breakdowns.setVisible(e.getValue());
        });
        ComboBox<DevelopmentArea> area =
                new ComboBox<>(getTranslation("request.area"));
        area.setId("request-area");
        area.setItems(areas);
        area.setItemLabelGenerator(DevelopmentArea::title);
        area.setHelperText(getTranslation("request.area.help"));
        area.addValueChangeListener(e -> {
            if (e.getValue() != null && title.isEmpty()) {
                title.setValue(e.getValue().title());
            }
        });
        Div errors = new Div();
        errors.setId("request-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(area, title, deadline, instructions, questions, withStatistics, rows, breakdowns);
        form.setColspan(instructions, 2);
        form.setColspan(questions, 2);
        form.setColspan(withStatistics, 2);
        add(form, errors);
        RequiredFields required = new RequiredFields(title, deadline, questions);
        Button save = new Button(getTranslation("request.send"), e -> {
            // Marked on the fields; the service still names every problem in the line below the form
            required.check();
            try {
                service.createRequest(cycleId, new RequestDraft(title.getValue(), instructions.getValue(),
                        Arrays.asList(questions.getValue().split("\\R")), deadline.getValue(),
                        area.getValue() == null ? null : area.getValue().id(),
                        withStatistics.getValue() ? rows.getValue() : null,
                        withStatistics.getValue() ? breakdowns.getValue() : null));
                close();
                Notifications.success(getTranslation("feedback.request.sent", title.getValue().trim(),
                        deadline.getValue().toString()));
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("request-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
