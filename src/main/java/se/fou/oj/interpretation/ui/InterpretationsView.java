package se.fou.oj.interpretation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.interpretation.IndicatorInterpretation;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.interpretation.InterpretationStatus;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingService;

/**
 * The interpretation register of a cycle (stage 1): every indicator's agreed reading and whether it is agreed,
 * confirmed or still to be confirmed this year. FoU agrees, revises and confirms; everyone reads.
 */
@Route(value = "cycles/:cycleId/interpretations", layout = MainLayout.class)
@PermitAll
public class InterpretationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CYCLE_ID = CycleRoutes.CYCLE_ID;

    private final InterpretationService service;
    private final CycleService cycleService;
    private final MeetingService meetingService;
    private final Grid<IndicatorInterpretation> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private long cycleId;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public InterpretationsView(InterpretationService service, CycleService cycleService,
                               MeetingService meetingService, CycleSections sections) {
        this.sections = sections;
        this.service = service;
        this.cycleService = cycleService;
        this.meetingService = meetingService;
        setId("interpretations-view");
        summary.setId("interpretations-summary");
        grid.setId("interpretations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(IndicatorInterpretation::indicatorCode).setHeader(getTranslation("results.code")).setKey("code")
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(IndicatorInterpretation::indicatorText).setHeader(getTranslation("results.indicator")).setKey("text")
                .setFlexGrow(2);
        grid.addColumn(i -> i.current() == null ? "–" : i.current().reading()).setHeader(getTranslation("interpretation.reading"))
                .setKey("reading").setFlexGrow(3);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("user.status")).setKey("status").setWidth("13rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = CycleRoutes.cycleId(event);
        Cycle cycle = cycleService.cycle(cycleId);
        pageTitle = getTranslation("interpretation.pageTitle", cycle.title());
        removeAll();
        add(new CycleHeader(sections, cycleId, cycle.title(), "interpretations", null));
        browserTitle = PageTitles.of(getTranslation("interpretation.open.register"), cycle.title());
        HorizontalLayout header = new HorizontalLayout(new H2(pageTitle));
        header.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.require().hasRole(Role.FOU)) {
            Button add = new Button(getTranslation("interpretation.new", ""), VaadinIcon.PLUS.create(),
                    e -> new InterpretationForm(service, cycleId, null, meetingsOfCycle(), this::refresh).open());
            add.setId("new-interpretation");
            header.add(add);
        }
        add(header, new Paragraph(getTranslation("interpretation.lead")), summary, grid);
        refresh();
    }

    /** The meetings a reading of this cycle can be linked to, in time order. */
    private List<Meeting> meetingsOfCycle() {
        return meetingService.meetingsOfCycle(cycleId).stream()
                .sorted(Comparator.comparing(Meeting::startsAt)).toList();
    }

    private void refresh() {
        var rows = service.forCycle(cycleId);
        grid.setItems(rows);
        long open = rows.stream().filter(r -> r.status() == InterpretationStatus.CARRIED_OVER).count();
        long none = rows.stream().filter(r -> r.status() == InterpretationStatus.NONE).count();
        summary.setText(getTranslation("interpretation.summary", rows.size(), open, none));
    }

    private Span statusBadge(IndicatorInterpretation row) {
        Span badge = new Span(getTranslation(row.status().labelKey()));
        badge.addClassNames("badge", row.status() == InterpretationStatus.CARRIED_OVER ? "badge-warning" : "badge-info");
        return badge;
    }

    private HorizontalLayout actions(IndicatorInterpretation row) {
        HorizontalLayout actions = new HorizontalLayout();
        Button history = new Button(VaadinIcon.CLOCK.create(),
                e -> new InterpretationDialog(service, cycleId, row.indicatorCode(), row.indicatorText()).open());
        history.setId("history-" + row.indicatorCode());
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        history.setTooltipText(getTranslation("interpretation.history"));
        history.setAriaLabel(getTranslation("interpretation.history") + " " + row.indicatorCode());
        history.setEnabled(row.current() != null);
        actions.add(history);
        if (!CurrentUser.require().hasRole(Role.FOU)) {
            return actions;
        }
        Button edit = new Button(getTranslation(row.current() == null ? "interpretation.agreeShort" : "interpretation.reviseShort"),
                e -> new InterpretationForm(service, cycleId, row, meetingsOfCycle(), this::refresh).open());
        edit.setId("edit-interpretation-" + row.indicatorCode());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(edit);
        if (row.status() == InterpretationStatus.CARRIED_OVER) {
            Button confirm = new Button(getTranslation("interpretation.confirm"), e -> {
                try {
                    service.confirm(cycleId, row.indicatorCode());
                    Notifications.success(getTranslation("interpretation.confirmed", row.indicatorCode()));
                    refresh();
                } catch (ValidationException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            confirm.setId("confirm-interpretation-" + row.indicatorCode());
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
