package se.fou.oj.developmentarea.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.ui.MeetingPageExtension;
import se.fou.oj.results.ResultsService;

/** Development areas identified at a result meeting are entered on its page, pointing at the cycle's indicators. */
@org.springframework.stereotype.Component
class MeetingDevelopmentAreas implements MeetingPageExtension {

    private final DevelopmentAreaService developmentAreas;
    private final ResultsService resultsService;

    MeetingDevelopmentAreas(DevelopmentAreaService developmentAreas, ResultsService resultsService) {
        this.developmentAreas = developmentAreas;
        this.resultsService = resultsService;
    }

    @Override
    public List<Component> sections(Meeting meeting, boolean editable, Runnable refresh) {
        if (meeting.kind() != MeetingKind.RESULT_MEETING) {
            return List.of();
        }
        List<Component> sections = new ArrayList<>();
        H3 heading = new H3();
        heading.setText(heading.getTranslation("developmentArea.atMeeting"));
        sections.add(heading);
        var results = resultsService.results(meeting.cycleId());
        var rows = results.allRows();
        var byCode = results.byCode();
        if (editable) {
            Button add = new Button(heading.getTranslation("developmentArea.new"), VaadinIcon.PLUS.create(),
                    e -> new DevelopmentAreaForm(developmentAreas, meeting.cycleId(), meeting.id(), rows, refresh).open());
            add.setId("meeting-new-development-area");
            sections.add(add);
        }
        sections.add(new DevelopmentAreaList(developmentAreas.areasOfCycle(meeting.cycleId()).stream()
                .filter(a -> a.meetingId() != null && a.meetingId() == meeting.id()).toList(), byCode, developmentAreas,
                editable, refresh));
        return sections;
    }
}
