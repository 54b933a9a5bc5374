package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.Map;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ui.LocalDraftBackup;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MinutesService;

/**
 * The agenda with the minute-taker's notes per item; notes save shortly after typing stops, and until the server has
 * them the browser keeps a copy ({@link LocalDraftBackup}) that is offered back if the connection or session was lost.
 */
class AgendaNotesSection extends VerticalLayout {

    private final Map<Long, LocalDraftBackup> backups = new HashMap<>();
    private final MinutesService minutes;
    private final long meetingId;

    AgendaNotesSection(Meeting meeting, MinutesService minutes, boolean editable) {
        this.minutes = minutes;
        this.meetingId = meeting.id();
        setPadding(false);
        for (Meeting.AgendaItem item : meeting.agenda()) {
            add(new H4(item.position() + ". " + item.title() + (item.presenter() == null ? "" : " (" + item.presenter() + ")")
                    + " · " + getTranslation("meeting.minutesEstimate", item.estimatedMinutes())));
            if (editable) {
                TextArea notes = new TextArea();
                notes.setMaxLength(TextLimit.TEXT.max());
                notes.setId("notes-" + item.position());
                notes.setWidthFull();
                notes.setPlaceholder(getTranslation("minutes.notes.placeholder"));
                notes.setValue(item.notes() == null ? "" : item.notes());
                notes.setValueChangeMode(ValueChangeMode.LAZY);
                notes.setValueChangeTimeout(800);
                LocalDraftBackup backup = new LocalDraftBackup(notes, "meeting:" + meeting.id() + ":agenda:" + item.id(),
                        () -> save(item.id(), notes.getValue()));
                backups.put(item.id(), backup);
                // Only typing saves here; a restore sets the value on the server and saves through the backup's callback
                notes.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        save(item.id(), e.getValue());
                    }
                });
                add(backup, notes);
            } else {
                Paragraph notes = new Paragraph(item.notes() == null ? "–" : item.notes());
                notes.setId("notes-" + item.position());
                add(notes);
            }
        }
    }

    private void save(long itemId, String notes) {
        minutes.saveNotes(meetingId, itemId, notes);
        backups.get(itemId).saved(notes);
    }
}
