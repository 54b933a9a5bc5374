package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingFormat;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.user.UserService;

/** The meetings of a cycle that the user may see; FoU plans new ones here. */
@Route(value = "cycles/:cycleId/meetings", layout = MainLayout.class)
@PermitAll
public class MeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetingService;
    private final CycleService cycleService;
    private final UserService userService;
    private final Grid<Meeting> grid = new Grid<>();
    private long cycleId;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public MeetingsView(MeetingService meetingService, CycleService cycleService, UserService userService, CycleSections sections) {
        this.sections = sections;
        this.meetingService = meetingService;
        this.cycleService = cycleService;
        this.userService = userService;
        setId("meetings-view");
        grid.setId("meetings-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> getTranslation(m.kind().labelKey())).setHeader(getTranslation("meeting.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(Meeting::title).setHeader(getTranslation("meeting.title")).setKey("title").setFlexGrow(2);
        grid.addColumn(MeetingFormat::when).setHeader(getTranslation("meeting.startsAt")).setKey("when").setFlexGrow(2);
        grid.addColumn(m -> getTranslation("meeting.status." + m.shownStatus(LocalDateTime.now(UiClock.get())).name())).setHeader(getTranslation("user.status"))
                .setKey("status").setAutoWidth(true);
        grid.addColumn(m -> getTranslation("minutes.status." + m.minutesStatus().name()))
                .setHeader(getTranslation("minutes.title")).setKey("minutes").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = CycleRoutes.cycleId(event);
        Cycle cycle = cycleService.cycle(cycleId);
        pageTitle = getTranslation("meeting.pageTitle", cycle.title());
        removeAll();
        add(new CycleHeader(sections, cycleId, cycle.title(), "meetings", null));
        browserTitle = PageTitles.of(getTranslation("meeting.open"), cycle.title());
        HorizontalLayout header = new HorizontalLayout(new H2(pageTitle));
        header.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.require().hasRole(Role.FOU)) {
            Button add = new Button(getTranslation("meeting.new"), VaadinIcon.PLUS.create(),
                    e -> new MeetingForm(meetingService, cycleId, cycle.title(), userService.directory(), this::open).open());
            add.setId("new-meeting");
            header.add(add);
        }
        add(header, grid);
        grid.setItems(meetingService.meetingsOfCycle(cycleId));
    }

    private void open(Meeting meeting) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                new RouteParameters(MeetingView.MEETING_ID, String.valueOf(meeting.id()))));
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
