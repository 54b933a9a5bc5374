package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.LocalDraftBackup;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MinutesService;

/**
 * The meeting's decisions (ställningstaganden). A decision being written is kept in the browser until it is added,
 * since it is typed live in the meeting where a dropped connection must not cost the wording.
 */
class DecisionsSection extends VerticalLayout {

    DecisionsSection(Meeting meeting, MinutesService minutes, boolean editable, Runnable onChanged) {
        setPadding(false);
        OrderedList list = new OrderedList();
        list.setId("decisions");
        meeting.decisions().forEach(d -> list.add(new ListItem(d.text())));
        add(list);
        if (!editable) {
            return;
        }
        TextArea text = new TextArea(getTranslation("minutes.decision"));
        text.setMaxLength(TextLimit.TEXT.max());
        text.setId("decision-text");
        text.setWidthFull();
        // Nothing saves a decision before "add", so a restore only puts the text back into the field
        LocalDraftBackup backup = new LocalDraftBackup(text, "meeting:" + meeting.id() + ":decision:new", () -> { });
        Div errors = new Div();
        errors.addClassName("error-text");
        Button add = new Button(getTranslation("minutes.decision.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                minutes.addDecision(meeting.id(), text.getValue());
                backup.saved(text.getValue());
                onChanged.run();
            } catch (ValidationException ex) {
                errors.setText(ex.getMessage());
            }
        });
        add.setId("decision-add");
        add(backup, text, errors, add);
    }
}
