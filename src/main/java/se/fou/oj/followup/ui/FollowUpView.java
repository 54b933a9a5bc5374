package se.fou.oj.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import se.fou.oj.actionplan.ActionPlanRoutes;
import se.fou.oj.analysis.ui.PlanSummary;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.Downloads;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.IndicatorMovement;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.Submission;

/**
 * Stage 3 for one decided improvement area: its plan, its indicators then and in the first later year, and its
 * follow-ups. FoU sets up a follow-up (which sends its questions to the municipalities) and writes its report; the
 * follow-up PDF is one click away for everybody.
 */
@Route(value = "improvement-areas/:areaId/follow-up", layout = MainLayout.class)
@PermitAll
public class FollowUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String AREA_ID = "areaId";

    private final FollowUpService service;
    private final MeetingService meetingService;
    private final RequestService submissionService;
    private long areaId;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public FollowUpView(FollowUpService service, MeetingService meetingService, RequestService submissionService, CycleSections sections) {
        this.sections = sections;
        this.service = service;
        this.meetingService = meetingService;
        this.submissionService = submissionService;
        setId("follow-up-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(AREA_ID).orElse("");
        if (!raw.matches("\\d{1,18}")) {
            throw new NotFoundException(getTranslation("followUp.error.notDecided"));
        }
        areaId = Long.parseLong(raw);
        refresh();
    }

    private void refresh() {
        removeAll();
        AppUserPrincipal user = CurrentUser.require();
        ImprovementArea area = service.improvementArea(areaId);
        pageTitle = getTranslation("followUp.pageTitle", area.title());
        add(new CycleHeader(sections, area.cycleId(), area.cycleTitle(), "followup", area.title()));
        browserTitle = PageTitles.of(area.title(), getTranslation("followUp.open"), area.cycleTitle());
        Anchor pdf = Downloads.button("follow-up-pdf", getTranslation("followUp.pdf"), VaadinIcon.FILE_TEXT_O,
                "uppfoljning-" + areaId + ".pdf", Downloads.PDF, out -> service.writePdf(areaId, out));
        Anchor actionPlans = new Anchor(ActionPlanRoutes.actionPlans(areaId), getTranslation("actionPlan.link"));
        actionPlans.setId("action-plans-link");
        HorizontalLayout header = new HorizontalLayout(new H2(pageTitle), pdf, actionPlans);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("followUp.lead", area.cycleTitle())));
        var progress = service.progress(areaId);
        long reached = progress.stream().filter(p -> p.reachedOn() != null).count();
        add(new H3(getTranslation("followUp.milestones") + " · " + getTranslation("followUp.progress", reached, progress.size())),
                new MilestoneList(areaId, progress, user.hasRole(Role.FOU), service, this::refresh));
        add(new H3(getTranslation("followUp.plan")), new PlanSummary(area.plan(), user.municipalityId(), false));
        List<IndicatorMovement> movement = service.movement(areaId);
        add(new H3(getTranslation("followUp.indicators")), indicators(movement));
        if (IndicatorMovement.laterYearOf(movement) == null) {
            Paragraph noLater = new Paragraph(getTranslation("followUp.noLaterResults"));
            noLater.setId("follow-up-no-later-results");
            noLater.addClassName("muted");
            add(noLater);
        }

        HorizontalLayout followUpsHeader = new HorizontalLayout(new H3(getTranslation("followUp.followUps")));
        followUpsHeader.setAlignItems(Alignment.BASELINE);
        if (user.hasRole(Role.FOU)) {
            Button create = new Button(getTranslation("followUp.new"), VaadinIcon.PLUS.create(),
                    e -> new FollowUpForm(areaId, service, meetingService.meetingsOfCycle(area.cycleId()), this::refresh).open());
            create.setId("new-follow-up");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            followUpsHeader.add(create);
        }
        add(followUpsHeader);
        List<FollowUp> followUps = service.followUps(areaId);
        if (followUps.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("followUp.none") + " " + getTranslation("followUp.none.when"));
            none.setId("follow-ups-none");
            add(none);
        }
        for (FollowUp followUp : followUps) {
            var request = service.request(followUp);
            String status = request.map(r -> requestStatus(r, user)).orElse("");
            add(new FollowUpCard(followUp, request, status, user, service));
        }
    }

    /** For FoU how many have answered; for the others the deadline (their own, for a contact). */
    private String requestStatus(Request request, AppUserPrincipal user) {
        if (user.hasRole(Role.FOU)) {
            List<Submission> matrix = submissionService.matrix(request.id());
            long submitted = matrix.stream().filter(s -> s.status() == Submission.Status.SUBMITTED
                    || s.status() == Submission.Status.SUBMITTED_LATE).count();
            return getTranslation("followUp.requestProgress", submitted, matrix.size(), request.deadline().toString());
        }
        LocalDate deadline = user.municipalityId() == null ? request.deadline() : request.deadlineFor(user.municipalityId());
        return getTranslation("followUp.requestDeadline", deadline.toString());
    }

    private Grid<IndicatorMovement> indicators(List<IndicatorMovement> movement) {
        Grid<IndicatorMovement> grid = new Grid<>();
        grid.setId("follow-up-indicators");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Integer laterYear = IndicatorMovement.laterYearOf(movement);
        int decidedYear = movement.isEmpty() ? 0 : movement.get(0).decidedYear();
        grid.addColumn(IndicatorMovement::code).setHeader(getTranslation("results.code")).setFlexGrow(0).setWidth("6rem");
        grid.addColumn(IndicatorMovement::text).setHeader(getTranslation("results.indicator")).setFlexGrow(4);
        grid.addColumn(IndicatorMovement::decidedAverage).setHeader(getTranslation("followUp.averageIn", String.valueOf(decidedYear)));
        grid.addColumn(IndicatorMovement::laterAverage).setHeader(laterYear == null
                ? getTranslation("followUp.laterYear") : getTranslation("followUp.averageIn", String.valueOf(laterYear)));
        grid.addColumn(IndicatorMovement::change).setHeader(getTranslation("followUp.change"));
        grid.setItems(movement);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
