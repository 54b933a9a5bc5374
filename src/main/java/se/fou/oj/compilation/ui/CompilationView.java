package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import java.util.List;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Downloads;
import se.fou.oj.base.chart.BarChart;
import se.fou.oj.base.chart.ChartLayout;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.ChartView;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.compilation.CompilationCharts;
import se.fou.oj.compilation.CompilationDraft;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.CompilationVersion;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.results.ResultTable;
import se.fou.oj.results.ResultsRoutes;

/**
 * The compilation of a cycle. Everyone sees the published versions; FoU also edits the draft (texts, sentences),
 * previews its PDF and publishes a new version.
 */
@Route(value = "cycles/:cycleId/compilation", layout = MainLayout.class)
@PermitAll
public class CompilationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CYCLE_ID = CycleRoutes.CYCLE_ID;

    private final CompilationService compilationService;
    private final CycleService cycleService;
    private final InterpretationService interpretationService;
    private long cycleId;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public CompilationView(CompilationService compilationService, CycleService cycleService,
                           InterpretationService interpretationService, CycleSections sections) {
        this.sections = sections;
        this.compilationService = compilationService;
        this.cycleService = cycleService;
        this.interpretationService = interpretationService;
        setId("compilation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = CycleRoutes.cycleId(event);
        refresh();
    }

    private void refresh() {
        removeAll();
        Cycle cycle = cycleService.cycle(cycleId);
        add(new CycleHeader(sections, cycleId, cycle.title(), "compilation", null));
        browserTitle = PageTitles.of(getTranslation("compilation.open"), cycle.title());
        pageTitle = getTranslation("compilation.pageTitle", cycle.title());
        H2 title = new H2(pageTitle);
        title.setId("compilation-title");
        add(title, new Anchor(ResultsRoutes.results(cycleId), getTranslation("compilation.toResults")));

        List<CompilationVersion> versions = compilationService.versions(cycleId);
        add(new H3(getTranslation("compilation.versions")));
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("compilation.notPublished"));
            none.setId("compilation-not-published");
            add(none);
            if (!CurrentUser.require().hasRole(Role.FOU)) {
                // Say when it will show, not only that it does not
                Paragraph when = new Paragraph(getTranslation("compilation.notPublished.when"));
                when.setId("compilation-when");
                when.addClassName("muted");
                add(when);
            }
        } else {
            add(new CompilationVersionsGrid(compilationService, cycleId, versions));
        }
        if (CurrentUser.require().hasRole(Role.FOU)) {
            addDraft();
        }
    }

    private void addDraft() {
        CompilationDraft draft = compilationService.draft(cycleId);
        add(new H3(getTranslation("compilation.draft")));
        if (draft.results().tables().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("compilation.noResults"));
            empty.setId("compilation-no-results");
            add(empty);
            return;
        }
        add(toolbar(draft));
        if (draft.results().previousYear() != null && !draft.results().previousRegionVisible()) {
            // The compilation is drawn as everyone will read it; say why the previous year is missing from it
            Paragraph unpublished = new Paragraph(getTranslation("compilation.previousUnpublished",
                    String.valueOf(draft.results().previousYear())));
            unpublished.setId("compilation-previous-unpublished");
            unpublished.addClassName("info-box");
            add(unpublished);
        }
        add(new CompilationTextsEditor(draft, compilationService));
        String chapter = null;
        int number = 0;
        for (ResultTable table : draft.results().tables()) {
            if (!table.chapter().equals(chapter)) {
                chapter = table.chapter();
                add(new H3(chapter));
            }
            add(new CompilationTableSection(draft, table, ++number, compilationService, interpretationService, this::refresh));
        }
        add(new H3(getTranslation("compilation.overview")));
        BarChart overview = CompilationCharts.municipalityOverview(draft.results(), getTranslation("compilation.overview.series"));
        double height = 24.0 * draft.results().municipalities().size() + 10;
        add(new Paragraph(getTranslation("compilation.overview.text", CompilationCharts.wordIndicatorCount(draft.results()))),
                new ChartView("chart-overview", overview, ChartLayout.horizontalBars(overview, 520, height), 520, height,
                        getTranslation("compilation.chart.numbers")));
    }

    private HorizontalLayout toolbar(CompilationDraft draft) {
        Anchor preview = Downloads.button("preview-pdf", getTranslation("compilation.preview"), VaadinIcon.FILE_TEXT_O,
                "sammanstallning-utkast-" + cycleId + ".pdf", Downloads.PDF, out -> compilationService.writeDraftPdf(cycleId, out));
        Button publish = new Button(getTranslation("compilation.publish", draft.nextVersionNo()), VaadinIcon.GLOBE.create(),
                e -> confirmPublish(draft));
        publish.setId("publish-compilation");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        long flagged = draft.sentences().values().stream().filter(s -> s.flagged()).count();
        HorizontalLayout toolbar = new HorizontalLayout(preview, publish);
        if (flagged > 0) {
            Paragraph warning = new Paragraph(getTranslation("compilation.flaggedCount", flagged));
            warning.setId("compilation-flagged");
            warning.addClassName("warning");
            toolbar.add(warning);
        }
        toolbar.setAlignItems(Alignment.CENTER);
        return toolbar;
    }

    private void confirmPublish(CompilationDraft draft) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("compilation.publish.title", draft.nextVersionNo()),
                getTranslation("compilation.publish.text"), getTranslation("compilation.publish", draft.nextVersionNo()), e -> {
                    try {
                        CompilationVersion version = compilationService.publish(cycleId);
                        Notifications.success(getTranslation("feedback.compilation.published", version.versionNo(),
                                cycleService.cycle(cycleId).title()));
                        refresh();
                    } catch (ValidationException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setId("publish-compilation-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
