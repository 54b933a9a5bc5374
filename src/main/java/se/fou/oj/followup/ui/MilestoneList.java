package se.fou.oj.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.MilestoneProgress;

/** The decided plan's milestones with where each stands; FoU marks one reached (or takes the mark back). */
class MilestoneList extends VerticalLayout {

    MilestoneList(long areaId, List<MilestoneProgress> progress, boolean fou, FollowUpService service, Runnable onChanged) {
        setPadding(false);
        setSpacing(false);
        setId("milestones");
        LocalDate today = LocalDate.now(UiClock.get());
        for (int i = 0; i < progress.size(); i++) {
            MilestoneProgress p = progress.get(i);
            MilestoneProgress.State state = p.state(today);
            Span badge = new Span(state == MilestoneProgress.State.REACHED
                    ? getTranslation(state.labelKey(), p.reachedOn().toString()) : getTranslation(state.labelKey()));
            badge.addClassNames("badge", state == MilestoneProgress.State.REACHED ? "badge-success"
                    : state == MilestoneProgress.State.PASSED ? "badge-warning" : "badge-info");
            HorizontalLayout line = new HorizontalLayout(new Span(p.milestone().dueOn() + " " + p.milestone().title()), badge);
            line.setId("milestone-" + i);
            line.setAlignItems(Alignment.BASELINE);

            if (fou) {
                int index = i;
                Button action = state == MilestoneProgress.State.REACHED
                        ? new Button(getTranslation("followUp.unmark"), e -> run(() -> service.markReached(areaId, p.milestone(), null, null), onChanged))
                        : new Button(getTranslation("followUp.markReached"), e -> openMark(areaId, p, service, onChanged));
                action.setId("mark-milestone-" + index);
                action.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(action);
            }
            add(line);
            if (p.note() != null) {
                Paragraph note = new Paragraph(p.note());
                note.setId("milestone-note-" + i);
                note.addClassNames("muted", "milestone-note");
                add(note);
            }
        }
    }

    private void openMark(long areaId, MilestoneProgress p, FollowUpService service, Runnable onChanged) {
        Dialog dialog = new Dialog();
        dialog.setId("milestone-dialog");
        dialog.setHeaderTitle(p.milestone().title());
        DatePicker reached = 
                ComponentTexts.datePicker(new DatePicker(getTranslation("followUp.reachedOn"), LocalDate.now(UiClock.get())));
        reached.setId("milestone-reached-on");
        TextField note = new TextField(getTranslation("followUp.reachedNote"));
        note.setMaxLength(TextLimit.TEXT.max());
        note.setId("milestone-note");
        note.setWidth("24rem");
        dialog.add(new VerticalLayout(reached, note));
        Button save = new Button(getTranslation("action.save"), e -> run(() -> {
            service.markReached(areaId, p.milestone(), reached.getValue(), note.getValue());
            dialog.close();
        }, onChanged));
        save.setId("milestone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static void run(Runnable action, Runnable onChanged) {
        try {
            action.run();
            onChanged.run();
        } catch (ValidationException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
