package se.fou.oj.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanRoutes;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.AreaProgress;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.decision.ImprovementArea;

/**
 * The municipalities' action plans for one decided improvement area: how far each municipality and the region have
 * come (a bar beside the words), then each plan with its activities. Edit controls appear only on the plans the reader
 * may edit, the approve button only for the municipality's social chief; the service checks both again.
 */
@Route(value = ActionPlanRoutes.ROUTE, layout = MainLayout.class)
@PermitAll
public class ActionPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ActionPlanService service;
    private final CycleSections sections;
    private long areaId;
    private String browserTitle = "";

    public ActionPlanView(ActionPlanService service, CycleSections sections) {
        this.service = service;
        this.sections = sections;
        setId("action-plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("areaId").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            throw new NotFoundException(getTranslation("actionPlan.error.notDecided"));
        }
        areaId = Long.parseLong(raw);
        refresh();
    }

    private void refresh() {
        removeAll();
        ImprovementArea area = service.improvementArea(areaId);
        List<ActionPlan> plans = service.plans(areaId);
        add(new CycleHeader(sections, area.cycleId(), area.cycleTitle(), "followup", area.title()));
        browserTitle = PageTitles.of(area.title(), getTranslation("actionPlan.pageTitle"), area.cycleTitle());
        Anchor followUp = new Anchor("improvement-areas/" + areaId + "/follow-up", getTranslation("followUp.open"));
        followUp.setId("action-plans-follow-up-link");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("actionPlan.title", area.title())), followUp);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("actionPlan.intro")));
        add(new H3(getTranslation("actionPlan.progress.heading")),
                new ProgressPanel(service.progressOfAreas(List.of(areaId)).getOrDefault(areaId, AreaProgress.none(areaId))));
        plans.forEach(plan -> add(planSection(plan)));
    }

    private Div planSection(ActionPlan plan) {
        Div section = new Div();
        section.setId("action-plan-" + plan.id());
        section.addClassName("action-plan");
        String owner = plan.regionPlan() ? getTranslation("actionPlan.regionPlan") : plan.municipalityName();
        HorizontalLayout header = new HorizontalLayout(new H3(owner));
        header.setAlignItems(Alignment.BASELINE);
        boolean editable = service.mayEdit(plan);
        if (editable) {
            Button add = new Button(getTranslation("actionPlan.addActivity"), VaadinIcon.PLUS.create(),
                    e -> new ActivityForm(plan, null, service, this::refresh).open());
            add.setId("add-activity-" + plan.id());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            header.add(add);
        }
        if (service.mayApprove(plan)) {
            Button approve = new Button(getTranslation("actionPlan.approve"), VaadinIcon.CHECK.create(), e -> {
                service.approve(plan.id());
                Notifications.success(getTranslation("actionPlan.approvedNotice"));
                refresh();
            });
            approve.setId("approve-" + plan.id());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            header.add(approve);
        }
        section.add(header);
        if (!plan.regionPlan()) {
            section.add(approval(plan));
        }
        if (plan.activities().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("actionPlan.noActivities"));
            none.addClassName("muted");
            section.add(none);
        }
        for (Activity activity : plan.activities()) {
            section.add(new ActivityRow(plan, activity, editable, service, this::refresh));
        }
        return section;
    }

    /** "Approved by … on …", and plainly when the plan changed after it. */
    private Paragraph approval(ActionPlan plan) {
        Paragraph approval = new Paragraph();
        approval.setId("approval-" + plan.id());
        if (!plan.approved()) {
            approval.setText(getTranslation("actionPlan.notApproved"));
            approval.addClassName("muted");
            return approval;
        }
        approval.add(new Span(getTranslation("actionPlan.approved", plan.approvedBy(), STAMP.format(plan.approvedAt()))));
        if (plan.changedSinceApproval()) {
            Span changed = new Span(getTranslation("actionPlan.changedAfterApproval"));
            changed.setId("changed-after-approval-" + plan.id());
            changed.addClassNames("badge", "badge-warning");
            approval.add(new Span(" "), changed);
        }
        return approval;
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
