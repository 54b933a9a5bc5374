package se.fou.oj.start.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.ui.CycleForm;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ui.ImprovementAreasOverview;
import se.fou.oj.meeting.MeetingRoutes;
import se.fou.oj.notification.NotificationService;
import se.fou.oj.notification.ui.NotificationList;
import se.fou.oj.region.RegionService;
import se.fou.oj.start.TaskService;
import se.fou.oj.results.ResultsRoutes;

/** The start page: the cycles with their stage, and the user's own tasks. */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 1, icon = "vaadin:home", title = "nav.start")
@PermitAll
public class StartView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Grid<Cycle> cycles = new Grid<>();

    public StartView(CycleService cycleService, RegionService regionService, NotificationService notificationService,
                     TaskService taskService, DecisionService decisionService) {
        setId("start-view");
        AppUserPrincipal user = CurrentUser.require();

        add(new H2(getTranslation("start.welcome", user.displayName())));
        add(new Paragraph(getTranslation("start.lead." + user.role().name())));
        // What the user is to do comes first, for every role
        add(new TaskList(taskService.myTasks(), notificationService));

        H3 cyclesTitle = new H3(getTranslation("start.cycles"));
        HorizontalLayout cyclesHeader = new HorizontalLayout(cyclesTitle);
        cyclesHeader.setAlignItems(Alignment.BASELINE);
        if (user.hasRole(Role.FOU)) {
            Button newCycle = new Button(getTranslation("cycle.new"), VaadinIcon.PLUS.create(),
                    e -> new CycleForm(cycleService, regionService, created -> openResults(created)).open());
            newCycle.setId("new-cycle");
            newCycle.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            cyclesHeader.add(newCycle);
        }
        add(cyclesHeader);

        cycles.setId("cycles-grid");
        cycles.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        cycles.addColumn(Cycle::areaName).setHeader(getTranslation("cycle.area")).setFlexGrow(2).setSortable(true);
        cycles.addColumn(Cycle::year).setHeader(getTranslation("cycle.year")).setSortable(true).setFlexGrow(0).setWidth("6rem");
        cycles.addColumn(c -> getTranslation(c.stage().labelKey())).setHeader(getTranslation("cycle.stage")).setFlexGrow(2);
        cycles.addColumn(this::resultsStatus).setHeader(getTranslation("cycle.results")).setFlexGrow(3);
        cycles.addComponentColumn(c -> {
            Button open = new Button(getTranslation("cycle.openResults"), e -> openResults(c));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setId("open-results-" + c.id());
            Button meetings = new Button(getTranslation("meeting.open"), e -> getUI().ifPresent(ui ->
                    ui.navigate(MeetingRoutes.meetings(c.id()))));
            meetings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            meetings.setId("open-meetings-" + c.id());
            return new HorizontalLayout(open, meetings);
        }).setAutoWidth(true);
        cycles.setAllRowsVisible(true);
        cycles.addItemClickListener(e -> openResults(e.getItem()));
        cycles.setItems(cycleService.cycles());
        add(cycles);

        add(new H3(getTranslation("start.news")), new NotificationList(notificationService));

        var improvementAreas = decisionService.allImprovementAreas();
        if (!improvementAreas.isEmpty()) {
            add(new H3(getTranslation("start.improvementAreas")), new ImprovementAreasOverview(improvementAreas, user.municipalityId()));
        }
    }

    private String resultsStatus(Cycle cycle) {
        if (!cycle.hasResults()) {
            return getTranslation("cycle.results.none");
        }
        String count = getTranslation("cycle.results.count", cycle.indicatorCount());
        return cycle.resultsPublished()
                ? count + " · " + getTranslation("cycle.results.publishedOn", DATE.format(cycle.resultsPublishedAt()))
                : count + " · " + getTranslation("cycle.results.unpublished");
    }

    private void openResults(Cycle cycle) {
        getUI().ifPresent(ui -> ui.navigate(ResultsRoutes.results(cycle.id())));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("nav.start"));
    }
}
