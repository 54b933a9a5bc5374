package se.fou.oj.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.Note;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;

/** An activity's dated progress notes, oldest first, as its history; those who may edit the plan add a note. */
class NotesDialog extends Dialog {

    NotesDialog(Activity activity, boolean editable, ActionPlanService service, Runnable onChanged) {
        setId("notes-dialog");
        setHeaderTitle(getTranslation("actionPlan.notesTitle", activity.what()));
        setWidth("36rem");
        if (activity.notes().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("actionPlan.noNotes"));
            none.setId("notes-none");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("notes-list");
            for (Note note : activity.notes()) {
                list.add(new ListItem(note.notedOn() + " " + getTranslation("actionPlan.noteBy", note.notedBy(), note.note())));
            }
            add(list);
        }
        if (editable) {
            DatePicker date = ComponentTexts.datePicker(new DatePicker(getTranslation("actionPlan.notedOn")));
            date.setId("note-date");
            TextArea text = new TextArea(getTranslation("actionPlan.note"));
            text.setId("note-text");
            text.setMaxLength(TextLimit.TEXT.max());
            text.setWidthFull();
            Div errors = new Div();
            errors.setId("note-errors");
            errors.addClassName("error-text");
            add(date, text, errors);
            Button save = new Button(getTranslation("actionPlan.addNote"), e -> {
                try {
                    service.addNote(activity.id(), date.getValue(), text.getValue());
                    close();
                    onChanged.run();
                } catch (ValidationException ex) {
                    errors.setText(String.join(" ", ex.problems()));
                }
            });
            save.setId("note-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
