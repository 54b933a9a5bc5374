package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import se.fou.oj.base.ValidationException;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MinutesService;

/** The meeting's decisions (ställningstaganden). */
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
        text.setId("decision-text");
        text.setWidthFull();
        Div errors = new Div();
        errors.addClassName("error-text");
        Button add = new Button(getTranslation("minutes.decision.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                minutes.addDecision(meeting.id(), text.getValue());
                onChanged.run();
            } catch (ValidationException ex) {
                errors.setText(ex.getMessage());
            }
        });
        add.setId("decision-add");
        add(text, errors, add);
    }
}
