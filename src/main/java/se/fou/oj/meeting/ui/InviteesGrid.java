package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import se.fou.oj.meeting.Meeting;

/** Who is invited and what they answered, by municipality (FoU last). */
class InviteesGrid extends Grid<Meeting.Invitee> {

    InviteesGrid(Meeting meeting) {
        setId("invitees-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(i -> i.municipalityName() == null ? "FoU" : i.municipalityName()).setHeader(getTranslation("user.municipality"))
                .setKey("municipality").setAutoWidth(true);
        addColumn(Meeting.Invitee::name).setHeader(getTranslation("minutes.name")).setKey("name").setFlexGrow(1);
        addColumn(i -> getTranslation("meeting.response." + i.response().name())).setHeader(getTranslation("meeting.answer"))
                .setKey("response").setAutoWidth(true);
        setItems(meeting.invitees());
        setAllRowsVisible(true);
    }
}
