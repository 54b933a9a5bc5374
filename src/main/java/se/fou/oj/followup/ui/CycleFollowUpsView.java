package se.fou.oj.followup.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.decision.ui.ImprovementAreasOverview;

/** A cycle's follow-up: its decided improvement areas, each leading to its own follow-up page. */
@Route(value = "cycles/:cycleId/follow-up", layout = MainLayout.class)
@PermitAll
public class CycleFollowUpsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CycleService cycleService;
    private final DecisionService decisionService;
    private final CycleSections sections;
    private String pageTitle = "";

    public CycleFollowUpsView(CycleService cycleService, DecisionService decisionService, CycleSections sections) {
        this.cycleService = cycleService;
        this.decisionService = decisionService;
        this.sections = sections;
        setId("cycle-follow-ups-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cycleId = CycleRoutes.cycleId(event);
        Cycle cycle = cycleService.cycle(cycleId);
        removeAll();
        pageTitle = PageTitles.of(getTranslation("followUp.open"), cycle.title());
        add(new CycleHeader(sections, cycleId, cycle.title(), "followup", null),
                new H2(getTranslation("followUp.cyclePageTitle", cycle.title())));
        List<ImprovementArea> areas = decisionService.improvementAreas(cycleId);
        if (areas.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("followUp.cycleNone"));
            none.setId("cycle-follow-ups-none");
            add(none);
        } else {
            add(new ImprovementAreasOverview(areas, CurrentUser.require().municipalityId()));
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
