package se.fou.oj.results.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.Stage;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.ResultTable;
import se.fou.oj.results.ResultsService;

/**
 * A cycle's ÖJ results grouped by chapter and table as the report groups them, with the regional average,
 * Stockholm and Riket. FoU imports, publishes and moves the cycle to its next stage from here.
 */
@Route(value = "cycles/:cycleId/results", layout = MainLayout.class)
@PermitAll
public class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CYCLE_ID = CycleRoutes.CYCLE_ID;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ResultsService resultsService;
    private final CycleService cycleService;
    private final List<ResultsPageExtension> extensions;
    private final CycleSections sections;
    private final Div cycleHeader = new Div();
    private final H2 title = new H2();
    private final Span status = new Span();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final Div tables = new Div();
    private long cycleId;
    private String pageTitle = "";
    private String browserTitle = "";

    public ResultsView(ResultsService resultsService, CycleService cycleService, List<ResultsPageExtension> extensions,
                       CycleSections sections) {
        this.sections = sections;
        this.resultsService = resultsService;
        this.cycleService = cycleService;
        this.extensions = extensions;
        setId("results-view");
        title.setId("results-title");
        status.setId("results-status");
        status.addClassName("muted");
        toolbar.setId("results-toolbar");
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        tables.setId("results-tables");
        tables.setWidthFull();
        add(cycleHeader, title, status, toolbar, tables);
        // The tables need the whole width: the menu folds away here (one click brings it back) and opens again after
        addAttachListener(e -> setDrawerOpened(false));
        addDetachListener(e -> setDrawerOpened(true));
    }

    private void setDrawerOpened(boolean opened) {
        AppLayout layout = findAncestor(AppLayout.class);
        if (layout != null) {
            layout.setDrawerOpened(opened);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = CycleRoutes.cycleId(event);
        refresh();
    }

    private void refresh() {
        CycleResults results = resultsService.results(cycleId);
        Cycle cycle = results.cycle();
        pageTitle = getTranslation("results.pageTitle", cycle.title());
        browserTitle = PageTitles.of(getTranslation("cycle.results"), cycle.title());
        title.setText(pageTitle);
        cycleHeader.removeAll();
        cycleHeader.add(new CycleHeader(sections, cycle.id(), cycle.title(), "results", null));
        status.setText(getTranslation(cycle.stage().labelKey()) + " · " + publicationText(cycle));
        buildToolbar(cycle);
        tables.removeAll();
        if (!results.wholeRegionVisible()) {
            Paragraph ownOnly = new Paragraph(getTranslation("results.ownOnly", results.municipalities().get(0).name()));
            ownOnly.setId("results-own-only");
            ownOnly.addClassName("info-box");
            tables.add(ownOnly);
        }
        if (results.tables().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("results.empty"));
            empty.setId("results-empty");
            tables.add(empty);
            return;
        }
        Span summary = new Span(getTranslation("results.summary", results.indicatorCount(), results.tables().size()));
        summary.setId("results-summary");
        tables.add(summary);
        String chapter = null;
        int number = 0;
        for (ResultTable table : results.tables()) {
            if (!table.chapter().equals(chapter)) {
                chapter = table.chapter();
                tables.add(new H3(chapter));
            }
            tables.add(new ResultTableView(results, table, ++number, extensions));
        }
    }

    private String publicationText(Cycle cycle) {
        if (!cycle.hasResults()) {
            return getTranslation("cycle.results.none");
        }
        return cycle.resultsPublished()
                ? getTranslation("cycle.results.publishedOn", DATE.format(cycle.resultsPublishedAt()))
                : getTranslation("cycle.results.unpublished");
    }

    private void buildToolbar(Cycle cycle) {
        toolbar.removeAll();
        AppUserPrincipal user = CurrentUser.require();
        if (cycle.hasResults()) {
            Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = resultsService.exportCsv(cycle.id()).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(cycle), "text/csv;charset=UTF-8", bytes.length);
            }), "");
            csv.setId("export-csv");
            csv.add(new Button(getTranslation("results.exportCsv"), VaadinIcon.DOWNLOAD.create()));
            Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                resultsService.exportXlsx(cycle.id(), out);
                byte[] bytes = out.toByteArray();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(cycle).replace(".csv", ".xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
            }), "");
            xlsx.setId("export-xlsx");
            xlsx.add(new Button(getTranslation("results.exportXlsx"), VaadinIcon.TABLE.create()));
            toolbar.add(csv, xlsx);
        }
        if (!user.hasRole(Role.FOU)) {
            return;
        }
        Button importButton = new Button(getTranslation("import.open"), VaadinIcon.UPLOAD.create(),
                e -> new ResultsImportDialog(resultsService, cycle.id(), this::refresh).open());
        importButton.setId("open-import");
        toolbar.add(importButton);
        // Publishing belongs to the compilation (the results are published as its first version)
        extensions.forEach(e -> e.fouActions(cycle, this::refresh).forEach(toolbar::add));
        ComboBox<Stage> stage = new ComboBox<>(getTranslation("cycle.stage"));
        stage.setId("cycle-stage");
        stage.setItems(Arrays.asList(Stage.values()));
        stage.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        stage.setValue(cycle.stage());
        stage.setWidth("16em");
        stage.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                cycleService.changeStage(cycle.id(), e.getValue());
                Notifications.success(getTranslation("cycle.stageChanged", getTranslation(e.getValue().labelKey())));
                refresh();
            }
        });
        toolbar.add(stage);
    }

    private static String fileName(Cycle cycle) {
        return ("oj-" + cycle.areaName() + "-" + cycle.year() + ".csv").toLowerCase().replaceAll("[^a-z0-9åäö.-]+", "-");
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
