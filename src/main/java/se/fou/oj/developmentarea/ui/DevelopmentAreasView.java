package se.fou.oj.developmentarea.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

/** The cycle's development areas; FoU enters and moves them, contacts may propose once the results are published. */
@Route(value = "cycles/:cycleId/development-areas", layout = MainLayout.class)
@PermitAll
public class DevelopmentAreasView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DevelopmentAreaService service;
    private final CycleService cycleService;
    private final ResultsService resultsService;
    private long cycleId;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public DevelopmentAreasView(DevelopmentAreaService service, CycleService cycleService, ResultsService resultsService, CycleSections sections) {
        this.sections = sections;
        this.service = service;
        this.cycleService = cycleService;
        this.resultsService = resultsService;
        setId("development-areas-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = CycleRoutes.cycleId(event);
        refresh();
    }

    private void refresh() {
        removeAll();
        Cycle cycle = cycleService.cycle(cycleId);
        add(new CycleHeader(sections, cycleId, cycle.title(), "areas", null));
        browserTitle = PageTitles.of(getTranslation("developmentArea.open"), cycle.title());
        pageTitle = getTranslation("developmentArea.pageTitle", cycle.title());
        AppUserPrincipal user = CurrentUser.require();
        var results = resultsService.results(cycleId);
        var rows = results.allRows();
        Map<String, IndicatorRow> byCode = results.byCode();
        HorizontalLayout header = new HorizontalLayout(new H2(pageTitle));
        header.setAlignItems(Alignment.BASELINE);
        if (user.hasRole(Role.FOU) || (user.role() == Role.MUNICIPAL_CONTACT && cycle.resultsPublished())) {
            Button add = new Button(getTranslation("developmentArea.new"), VaadinIcon.PLUS.create(),
                    e -> new DevelopmentAreaForm(service, cycleId, null, rows, this::refresh).open());
            add.setId("new-development-area");
            header.add(add);
        }
        add(header, new DevelopmentAreaList(service.areasOfCycle(cycleId), byCode, service, user.hasRole(Role.FOU), this::refresh));
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
