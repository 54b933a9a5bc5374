package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.analysis.ProposalService;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.Downloads;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.knowledge.KnowledgeService;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;
import se.fou.oj.user.ui.PersonName;

/**
 * The short analysis of a cycle. FoU drafts it (texts, knowledge per development area, proposed improvement areas
 * with motivation and plan), previews the PDF and sends it for decision; the social chiefs decide on the version sent;
 * everybody sees the decisions. Earlier versions stay readable.
 */
@Route(value = "cycles/:cycleId/analysis", layout = MainLayout.class)
@PermitAll
public class AnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        AreaProposalCard.AnalysisActions {

    private final AnalysisReportService analysisService;
    private final ProposalService proposalService;
    private final List<AnalysisPageExtension> extensions;
    private final DevelopmentAreaService developmentAreaService;
    private final KnowledgeService knowledgeService;
    private final ResultsService resultsService;
    private final CycleService cycleService;
    private final RegionService regionService;
    private final Messages messages;
    private long cycleId;
    private AnalysisReport shown;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public AnalysisView(AnalysisReportService analysisService, ProposalService proposalService,
                        List<AnalysisPageExtension> extensions,
                        DevelopmentAreaService developmentAreaService, KnowledgeService knowledgeService,
                        ResultsService resultsService, CycleService cycleService,
                        RegionService regionService, Messages messages, CycleSections sections) {
        this.sections = sections;
        this.analysisService = analysisService;
        this.proposalService = proposalService;
        this.extensions = extensions;
        this.developmentAreaService = developmentAreaService;
        this.knowledgeService = knowledgeService;
        this.resultsService = resultsService;
        this.cycleService = cycleService;
        this.regionService = regionService;
        this.messages = messages;
        setId("analysis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = CycleRoutes.cycleId(event);
        refresh();
    }

    private void refresh() {
        removeAll();
        Cycle cycle = cycleService.cycle(cycleId);
        add(new CycleHeader(sections, cycleId, cycle.title(), "analysis", null));
        browserTitle = PageTitles.of(getTranslation("analysis.open"), cycle.title());
        AppUserPrincipal user = CurrentUser.require();
        pageTitle = getTranslation("analysis.pageTitle", cycle.title());
        Optional<AnalysisReport> current = analysisService.current(cycleId);
        shown = current.orElse(null);
        HorizontalLayout header = new HorizontalLayout(new H2(pageTitle));
        header.setAlignItems(Alignment.BASELINE);
        current.ifPresent(r -> {
            Span status = new Span(getTranslation("analysis.versionStatus", r.versionNo(), getTranslation(r.status().labelKey())));
            status.setId("analysis-status");
            status.addClassNames("badge", r.frozen() ? "badge-success" : "badge-info");
            header.add(status);
        });
        add(header);
        List<AnalysisPageExtension.Sections> added = extensions.stream().map(x -> x.sections(cycleId, this::refresh)).toList();
        if (current.isEmpty() && analysisService.sentButHiddenUntilPublished(cycleId)) {
            // Say why and when it shows, and what may already be read: the areas decided from it
            Paragraph hidden = new Paragraph(getTranslation("analysis.hiddenUntilPublished"));
            hidden.setId("analysis-none");
            add(hidden);
            added.forEach(x -> x.whileReportHidden().forEach(this::add));
        } else if (current.isEmpty()) {
            Paragraph none = new Paragraph(user.hasRole(Role.FOU) ? getTranslation("analysis.none.fou")
                    : getTranslation("analysis.none") + " " + getTranslation(user.role() == Role.MUNICIPAL_CONTACT
                    ? "analysis.none.when.contact" : "analysis.none.when"));
            none.setId("analysis-none");
            add(none);
            if (user.hasRole(Role.FOU)) {
                add(startButton("analysis.start"));
            }
        } else if (!current.get().frozen()) {
            draft(current.get(), added);
        } else {
            frozen(current.get(), user);
        }
        added.forEach(x -> x.afterReport().forEach(this::add));
        List<AnalysisReport> versions = analysisService.versions(cycleId);
        if (versions.size() > 1) {
            add(new H3(getTranslation("analysis.versions")));
            versions.stream().skip(1).forEach(v -> add(pdfLink(v, getTranslation("analysis.versionLine", v.versionNo(),
                    getTranslation(v.status().labelKey()), v.sentAt() == null ? "" : v.sentAt().toLocalDate().toString()))));
        }
    }

    /** FoU's working draft: texts, then every chosen development area with its knowledge and proposal. */
    private void draft(AnalysisReport draft, List<AnalysisPageExtension.Sections> added) {
        add(new Paragraph(getTranslation("analysis.lead")));
        add(new ReportTextsEditor(draft, analysisService));
        add(new H3(getTranslation("analysis.areasAndProposals")));
        Map<String, IndicatorRow> indicators = resultsService.results(cycleId).byCode();
        var knowledge = knowledgeService.linksOfCycle(cycleId);
        List<DevelopmentArea> selected = developmentAreaService.areasOfCycle(cycleId).stream()
                .filter(a -> a.status() == DevelopmentArea.Status.SELECTED).toList();
        if (selected.isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation("analysis.noSelectedAreas"));
            hint.addClassName("info-box");
            add(hint);
        }
        for (DevelopmentArea area : selected) {
            add(new AreaProposalCard(area, draft, knowledge.getOrDefault(area.id(), List.of()), indicators,
                    added.stream().flatMap(x -> x.onAreaCard(area.id()).stream()).toList(), this));
        }
        Button send = new Button(getTranslation("analysis.send"), VaadinIcon.PAPERPLANE.create(), e -> confirmSend(draft));
        send.setId("send-for-decision");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(pdfLink(draft, getTranslation("analysis.preview")), send));
    }

    private void frozen(AnalysisReport report, AppUserPrincipal user) {
        Paragraph sent = new Paragraph(getTranslation("analysis.sentInfo", report.versionNo(),
                report.sentAt().toLocalDate().toString(), PersonName.of(report.sentBy())));
        sent.setId("analysis-sent-info");
        HorizontalLayout actions = new HorizontalLayout(pdfLink(report, getTranslation("analysis.download")));
        if (user.hasRole(Role.FOU)) {
            actions.add(startButton("analysis.newVersion"));
        }
        add(sent, actions);
    }

    private Button startButton(String key) {
        Button start = new Button(getTranslation(key), VaadinIcon.EDIT.create(), e -> {
            analysisService.startDraft(cycleId);
            refresh();
        });
        start.setId("start-analysis");
        return start;
    }

    /** The PDF is drawn (or, once sent, read) only when the user clicks, and streamed to the download. */
    private Anchor pdfLink(AnalysisReport report, String text) {
        return Downloads.button("analysis-pdf-" + report.versionNo(), text, VaadinIcon.FILE_TEXT_O,
                "kort-analys-" + cycleId + "-v" + report.versionNo() + ".pdf", Downloads.PDF,
                out -> analysisService.writePdf(report.id(), out));
    }

    private void confirmSend(AnalysisReport draft) {
        // Sending a new version ends the voting on the previous one: say so when votes are still open there
        boolean openVotes = extensions.stream().anyMatch(x -> x.sendingEndsOpenWork(cycleId));
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("analysis.send.title"),
                getTranslation(openVotes ? "analysis.send.textReplaces" : "analysis.send.text", draft.versionNo()),
                getTranslation("analysis.send"), e -> {
                    try {
                        analysisService.sendForDecision(draft.id());
                        Notifications.success(getTranslation("feedback.analysis.sent", draft.versionNo(),
                                cycleService.cycle(cycleId).title(), draft.proposals().size()));
                        refresh();
                    } catch (ValidationException ex) {
                        Notifications.error(String.join(" ", ex.problems()));
                    }
                });
        dialog.setId("send-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    @Override
    public void propose(long developmentAreaId, String motivation) {
        proposalService.propose(shown.id(), developmentAreaId, motivation);
        Notifications.success(getTranslation("feedback.analysis.proposed", shown.versionNo()));
        refresh();
    }

    @Override
    public void withdraw(long developmentAreaId) {
        proposalService.withdrawProposal(shown.id(), developmentAreaId);
        refresh();
    }

    @Override
    public void editPlan(Proposal proposal) {
        new PlanForm(proposal, proposalService, regionService.activeMunicipalities(), messages, this::refresh).open();
    }

    @Override
    public void linkKnowledge(DevelopmentArea area) {
        new KnowledgeLinkDialog(area, knowledgeService, this::refresh).open();
    }

    @Override
    public void unlink(long linkId) {
        knowledgeService.unlink(linkId);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
