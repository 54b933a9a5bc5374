package se.fou.oj.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Feedback;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;

/**
 * FoU records a decision the social chiefs' group took at a meeting, on the group's behalf: the outcome, the meeting
 * (whose minutes are then linked) and a comment. The social chiefs' decision meeting comes first in the list.
 */
class RecordDecisionDialog extends Dialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    RecordDecisionDialog(Proposal proposal, List<Meeting> meetings, DecisionService service, Runnable onSaved) {
        setId("record-decision-dialog");
        setHeaderTitle(getTranslation("decision.record.title", proposal.areaTitle()));
        setWidth("40rem");
        add(new Paragraph(getTranslation("decision.record.lead")));
        RadioButtonGroup<ProposalDecision.Outcome> outcome = new RadioButtonGroup<>(getTranslation("decision.outcome"));
        outcome.setId("record-decision-outcome");
        outcome.setItems(ProposalDecision.Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        ComboBox<Meeting> meeting = new ComboBox<>(getTranslation("decision.meeting"));
        meeting.setId("record-decision-meeting");
        meeting.setItems(meetings.stream().sorted(Comparator
                .comparing((Meeting m) -> m.kind() != MeetingKind.DECISION_MEETING).thenComparing(Meeting::startsAt)).toList());
        meeting.setItemLabelGenerator(m -> m.title() + " (" + DATE.format(m.startsAt()) + ")");
        meeting.setWidthFull();
        TextArea comment = new TextArea(getTranslation("decision.comment"));
        comment.setMaxLength(TextLimit.TEXT.max());
        comment.setId("record-decision-comment");
        Div errors = new Div();
        errors.setId("record-decision-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(outcome, meeting, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, errors);
        RequiredFields required = new RequiredFields(outcome, meeting);
        // Recorded for the whole group, it cannot be undone: asks first, then says what was recorded
        Button save = new Button(getTranslation("decision.record.save"), e -> {
            if (!required.check()) {
                return;
            }
            String outcomeText = getTranslation(outcome.getValue().labelKey());
            Feedback.ask("confirm-record-decision", getTranslation("feedback.decision.record.title"),
                    getTranslation("feedback.decision.record.text", proposal.areaTitle(), outcomeText,
                            meeting.getValue().title()),
                    getTranslation("decision.record.save"), () -> {
                        try {
                            service.recordOnBehalf(proposal.id(), outcome.getValue(), meeting.getValue().id(), comment.getValue());
                            close();
                            Notifications.success(getTranslation("feedback.decision.recorded", proposal.areaTitle(), outcomeText));
                            onSaved.run();
                        } catch (ValidationException ex) {
                            errors.setText(String.join(" ", ex.problems()));
                        }
                    });
        });
        save.setId("record-decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
