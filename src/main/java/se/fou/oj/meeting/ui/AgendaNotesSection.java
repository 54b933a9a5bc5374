package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MinutesService;

/** The agenda with the minute-taker's notes per item; notes save shortly after typing stops. */
class AgendaNotesSection extends VerticalLayout {

    AgendaNotesSection(Meeting meeting, MinutesService minutes, boolean editable) {
        setPadding(false);
        for (Meeting.AgendaItem item : meeting.agenda()) {
            add(new H4(item.position() + ". " + item.title() + (item.presenter() == null ? "" : " (" + item.presenter() + ")")
                    + " · " + getTranslation("meeting.minutesEstimate", item.estimatedMinutes())));
            if (editable) {
                TextArea notes = new TextArea();
                notes.setId("notes-" + item.position());
                notes.setWidthFull();
                notes.setPlaceholder(getTranslation("minutes.notes.placeholder"));
                notes.setValue(item.notes() == null ? "" : item.notes());
                notes.setValueChangeMode(ValueChangeMode.LAZY);
                notes.setValueChangeTimeout(800);
                notes.addValueChangeListener(e -> minutes.saveNotes(meeting.id(), item.id(), e.getValue()));
                add(notes);
            } else {
                Paragraph notes = new Paragraph(item.notes() == null ? "–" : item.notes());
                notes.setId("notes-" + item.position());
                add(notes);
            }
        }
    }
}
