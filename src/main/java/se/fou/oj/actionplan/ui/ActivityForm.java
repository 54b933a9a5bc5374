package se.fou.oj.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.ActivityDraft;
import se.fou.oj.actionplan.ActivityStatus;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Notifications;

/** A new activity of a plan, or a change to one: what, who, start and due date, status, and why it was dropped. */
class ActivityForm extends Dialog {

    ActivityForm(ActionPlan plan, Activity activity, ActionPlanService service, Runnable onSaved) {
        setId("activity-form");
        setHeaderTitle(getTranslation(activity == null ? "actionPlan.activityForm.new" : "actionPlan.activityForm.edit"));
        setWidth("40rem");
        TextArea what = new TextArea(getTranslation("actionPlan.what"));
        what.setId("activity-what");
        what.setMaxLength(TextLimit.TEXT.max());
        TextField person = new TextField(getTranslation("actionPlan.person"));
        person.setId("activity-person");
        person.setMaxLength(TextLimit.NAME.max());
        DatePicker starts = ComponentTexts.datePicker(new DatePicker(getTranslation("actionPlan.startsOn")));
        starts.setId("activity-starts");
        DatePicker due = ComponentTexts.datePicker(new DatePicker(getTranslation("actionPlan.dueOn")));
        due.setId("activity-due");
        Select<ActivityStatus> status = new Select<>();
        status.setLabel(getTranslation("actionPlan.status"));
        status.setId("activity-status");
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        TextArea reason = new TextArea(getTranslation("actionPlan.dropReason"));
        reason.setId("activity-drop-reason");
        reason.setMaxLength(TextLimit.TEXT.max());
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == ActivityStatus.DROPPED));
        status.setValue(ActivityStatus.NOT_STARTED);
        reason.setVisible(false);
        if (activity != null) {
            what.setValue(activity.what());
            person.setValue(activity.responsiblePerson() == null ? "" : activity.responsiblePerson());
            starts.setValue(activity.startsOn());
            due.setValue(activity.dueOn());
            status.setValue(activity.status());
            reason.setValue(activity.dropReason() == null ? "" : activity.dropReason());
        }
        Div errors = new Div();
        errors.setId("activity-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(what, person, status, starts, due, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(what, 2);
        form.setColspan(reason, 2);
        add(form, errors);
        Button save = new Button(getTranslation("action.save"), e -> {
            ActivityDraft draft = new ActivityDraft(what.getValue(), person.getValue(), starts.getValue(), due.getValue(),
                    status.getValue(), reason.getValue());
            try {
                if (activity == null) {
                    service.addActivity(plan.id(), draft);
                } else {
                    service.updateActivity(activity.id(), draft);
                }
                close();
                Notifications.success(getTranslation("action.saved"));
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("activity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
