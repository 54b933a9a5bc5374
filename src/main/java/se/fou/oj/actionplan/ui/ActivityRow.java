package se.fou.oj.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.ActivityStatus;

/** One activity as a line: what, who, when, its status (and why it was dropped), overdue marked; edit and notes. */
class ActivityRow extends Div {

    ActivityRow(ActionPlan plan, Activity activity, boolean editable, ActionPlanService service, Runnable onChanged) {
        setId("activity-" + activity.id());
        addClassName("activity-row");
        Span what = new Span(activity.what());
        what.addClassName("activity-what");
        String who = activity.responsiblePerson() == null ? getTranslation("actionPlan.nobody") : activity.responsiblePerson();
        String when = (activity.startsOn() == null ? "" : activity.startsOn() + " – ")
                + (activity.dueOn() == null ? "" : activity.dueOn().toString());
        Span details = new Span(getTranslation("actionPlan.person") + ": " + who + (when.isEmpty() ? "" : " · " + when));
        details.addClassName("muted");
        Span status = new Span(getTranslation(activity.status().labelKey())
                + (activity.status() == ActivityStatus.DROPPED ? ": " + activity.dropReason() : ""));
        status.setId("activity-status-" + activity.id());
        status.addClassNames("badge", activity.status() == ActivityStatus.DONE ? "badge-success" : "badge-info");
        add(what, new Span(" "), status);
        if (activity.overdue()) {
            Span overdue = new Span(getTranslation("actionPlan.overdue"));
            overdue.setId("activity-overdue-" + activity.id());
            overdue.addClassNames("badge", "badge-warning");
            add(new Span(" "), overdue);
        }
        add(new Div(details));
        if (editable) {
            Button edit = new Button(getTranslation("actionPlan.editActivity"), VaadinIcon.EDIT.create(),
                    e -> new ActivityForm(plan, activity, service, onChanged).open());
            edit.setId("edit-activity-" + activity.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(edit);
        }
        Button notes = new Button(getTranslation("actionPlan.notes") + " (" + activity.notes().size() + ")",
                VaadinIcon.NOTEBOOK.create(), e -> new NotesDialog(activity, editable, service, onChanged).open());
        notes.setId("notes-" + activity.id());
        notes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(notes);
    }
}
