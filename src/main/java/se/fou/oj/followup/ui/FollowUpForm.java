package se.fou.oj.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.followup.FollowUpDraft;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.submission.StatisticsTable;

/**
 * A new follow-up: title, what it covers (FoU's proposal to the heads of department), the follow-up meeting, and the
 * instructions and questions the municipalities answer by the deadline. The questions go out as a request.
 */
class FollowUpForm extends Dialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** @param originalTable the statistics table of the area's original request, or null: the new table starts from it */
    FollowUpForm(long developmentAreaId, FollowUpService service, List<Meeting> meetings, Runnable onSaved,
                 StatisticsTable originalTable) {
        setId("follow-up-form");
        setHeaderTitle(getTranslation("followUp.new"));
        setWidth("46rem");
        TextField title = new TextField(getTranslation("followUp.title"));
        title.setMaxLength(TextLimit.TITLE.max());
        title.setId("follow-up-title");
        title.setPlaceholder(getTranslation("followUp.title.placeholder"));
        TextArea covers = new TextArea(getTranslation("followUp.covers"));
        covers.setMaxLength(TextLimit.TEXT.max());
        covers.setId("follow-up-covers");
        covers.setHelperText(getTranslation("followUp.covers.help"));
        ComboBox<Meeting> meeting = new ComboBox<>(getTranslation("followUp.meeting"));
        meeting.setId("follow-up-meeting");
        meeting.setItems(meetings.stream().sorted(Comparator.comparing((Meeting m) -> m.kind() != MeetingKind.FOLLOW_UP)
                .thenComparing(Meeting::startsAt)).toList());
        meeting.setItemLabelGenerator(m -> m.title() + " (" + DATE.format(m.startsAt()) + ")");
        TextArea instructions = new TextArea(getTranslation("request.instructions"));
        instructions.setMaxLength(TextLimit.TEXT.max());
        instructions.setId("follow-up-instructions");
        TextArea questions = new TextArea(getTranslation("followUp.questions"));
        questions.setMaxLength(TextLimit.TEXT.max());
        questions.setId("follow-up-questions");
        questions.setHelperText(getTranslation("followUp.questions.help"));
        questions.setValue(getTranslation("followUp.questions.default"));
        DatePicker deadline = ComponentTexts.datePicker(new DatePicker(getTranslation("request.deadline")));
        deadline.setId("follow-up-deadline");
        FollowUpStatisticsFields statistics = new FollowUpStatisticsFields(originalTable);
        Div errors = new Div();
        errors.setId("follow-up-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(title, meeting, covers, instructions, questions, deadline, statistics);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(covers, 2);
        form.setColspan(instructions, 2);
        form.setColspan(questions, 2);
        form.setColspan(statistics, 2);
        add(form, errors);
        RequiredFields required = new RequiredFields(title, covers);
        Button save = new Button(getTranslation("followUp.create"), e -> {
            // Marked on the fields; the service still names every problem in the line below the form
            required.check();
            try {
                service.create(developmentAreaId, new FollowUpDraft(title.getValue(), covers.getValue(), instructions.getValue(),
                        Arrays.stream(questions.getValue().split("\\R")).map(String::trim).filter(q -> !q.isEmpty()).toList(),
                        deadline.getValue(), meeting.getValue() == null ? null : meeting.getValue().id(),
                        statistics.rows(), statistics.breakdowns()));
                close();
                Notifications.success(getTranslation("feedback.followUp.created", title.getValue().trim()));
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("follow-up-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
