package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.meeting.PaperService;
import se.fou.oj.region.RegionService;
import se.fou.oj.user.UserService;

/**
 * One meeting from invitation to approved minutes: details and answers, the agenda with the minute-taker's notes,
 * attendance, decisions and action items, and review. Only FoU writes the minutes; only reviewers approve them.
 */
@Route(value = "meetings/:meetingId", layout = MainLayout.class)
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String MEETING_ID = "meetingId";

    private final MeetingService meetingService;
    private final MinutesService minutesService;
    private final RegionService regionService;
    private final UserService userService;
    private final PaperService paperService;
    private final List<MeetingPageExtension> extensions;
    private long meetingId;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public MeetingView(MeetingService meetingService, MinutesService minutesService, RegionService regionService,
                       UserService userService, PaperService paperService, List<MeetingPageExtension> extensions,
                       CycleSections sections) {
        this.sections = sections;
        this.meetingService = meetingService;
        this.minutesService = minutesService;
        this.regionService = regionService;
        this.userService = userService;
        this.paperService = paperService;
        this.extensions = extensions;
        setId("meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(MEETING_ID).orElse("");
        if (!raw.matches("\\d{1,18}")) {
            throw new NotFoundException(getTranslation("meeting.error.notFound", raw));
        }
        meetingId = Long.parseLong(raw);
        refresh();
    }

    void refresh() {
        removeAll();
        Meeting meeting = meetingService.meeting(meetingId);
        pageTitle = meeting.title();
        add(new CycleHeader(sections, meeting.cycleId(), meeting.cycleTitle(), "meetings", pageTitle));
        browserTitle = PageTitles.of(pageTitle, meeting.cycleTitle());
        boolean fou = CurrentUser.require().hasRole(Role.FOU);
        boolean editable = fou && meeting.minutesEditable();
        add(new MeetingHeader(meeting, meetingService, minutesService, this::refresh));
        add(new H3(getTranslation("meeting.papers")), new PapersSection(meeting, paperService,
                fou ? meetingService.meetingsOfCycle(meeting.cycleId()) : List.of(), fou, this::refresh));
        add(new H3(getTranslation("meeting.invitees")), new InviteesGrid(meeting));
        add(new H3(getTranslation("minutes.attendance")),
                new AttendanceSection(meeting, minutesService, regionService.activeMunicipalities(), editable, this::refresh));
        add(new H3(getTranslation("minutes.agenda")));
        if (editable) {
            Button editAgenda = new Button(
                    getTranslation("meeting.agenda.edit"), VaadinIcon.LIST_OL.create(),
                    e -> new AgendaEditor(meetingService, meeting, this::refresh).open());
            editAgenda.setId("edit-agenda");
            add(editAgenda);
        }
        add(new AgendaNotesSection(meeting, minutesService, editable));
        // Other modules' sections, e.g. the development areas identified at a result meeting
        extensions.forEach(e -> e.sections(meeting, editable, this::refresh).forEach(this::add));
        add(new H3(getTranslation("minutes.decisions")), new DecisionsSection(meeting, minutesService, editable, this::refresh));
        add(new H3(getTranslation("minutes.actionItems")), new ActionItemsSection(meeting, minutesService,
                editable ? userService.directory() : List.of(), regionService.activeMunicipalities(), editable,
                this::refresh));
        add(new H3(getTranslation("minutes.approval")), new ReviewSection(meeting, minutesService,
                fou ? userService.directory() : List.of(), fou, this::refresh));
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
