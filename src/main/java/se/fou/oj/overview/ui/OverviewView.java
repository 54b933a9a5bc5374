package se.fou.oj.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.Downloads;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.overview.Overview;
import se.fou.oj.overview.OverviewService;
import se.fou.oj.overview.OverviewTexts;

/**
 * The region at a glance (Översikt), for FoU, the social chiefs and the municipalities' contacts: what a social chiefs'
 * meeting puts on the screen. Every row links to its page; the same overview is one click away as a PDF for the
 * meeting's papers. What concerns the reader's own municipality comes first.
 */
@Route(value = "overview", layout = MainLayout.class)
@Menu(order = 1.5, icon = "vaadin:dashboard", title = "nav.overview")
@RolesAllowed({Role.ADMIN_NAME, Role.FOU_NAME, Role.SOCIAL_CHIEF_NAME, Role.MUNICIPAL_CONTACT_NAME})
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OverviewService service;

    public OverviewView(OverviewService service) {
        this.service = service;
        setId("overview-view");
    }

    /** Read afresh on every visit: the overview is put on the screen at a meeting, and reopened after changes. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Overview overview = service.overview();
        Anchor pdf = Downloads.button("overview-pdf", getTranslation("overview.pdf"), VaadinIcon.FILE_TEXT_O,
                "oversikt-" + overview.today() + ".pdf", Downloads.PDF, service::writePdf);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("overview.title")), pdf);
        header.setAlignItems(Alignment.BASELINE);
        Paragraph lead = new Paragraph(getTranslation("overview.lead", overview.today().toString())
                + (overview.ownMunicipalityName() == null ? "" : " " + getTranslation("overview.lead.own",
                overview.ownMunicipalityName())));
        lead.setId("overview-lead");
        add(header, lead);
        section("overview.cycles", cycles(overview.cycles()), "overview.cycles.none");
        section("overview.requests", requests(overview.openRequests(), overview.ownMunicipalityName()),
                "overview.requests.none");
        section("overview.areas", new AreasTable(overview.improvementAreas()), "overview.areas.none");
        section("overview.actions", actions(overview.overdueActions()), "overview.actions.none");
        section("overview.meetings", meetings(overview.nextMeetings()), "overview.meetings.none");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("overview.title"));
    }

    private void section(String titleKey, OverviewTable table, String noneKey) {
        add(new H3(getTranslation(titleKey)));
        if (table.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(noneKey));
            none.setId(table.getId().orElseThrow() + "-none");
            none.addClassName("muted");
            add(none);
        } else {
            add(table);
        }
    }

    static Anchor link(String id, String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.setId(id);
        return anchor;
    }

    private OverviewTable cycles(List<Overview.CycleRow> rows) {
        OverviewTable table = new OverviewTable("overview-cycles", getTranslation("overview.area"),
                getTranslation("overview.year"), getTranslation("overview.stage"));
        rows.forEach(c -> table.row("overview-cycle-row-" + c.cycleId(),
                link("overview-cycle-" + c.cycleId(), c.link(), c.areaName()), String.valueOf(c.year()),
                getTranslation(c.stage().labelKey())));
        return table;
    }

    private OverviewTable requests(List<Overview.RequestRow> rows, String ownMunicipalityName) {
        OverviewTable table = new OverviewTable("overview-requests", getTranslation("overview.request"),
                getTranslation("overview.cycle"), getTranslation("overview.deadline"), getTranslation("overview.submitted"),
                getTranslation("overview.late"));
        for (Overview.RequestRow r : rows) {
            String lateText = OverviewTexts.late(r, ownMunicipalityName, this::getTranslation);
            Component late = r.late().isEmpty() ? new Span(lateText) : warning(lateText);
            table.row("overview-request-row-" + r.requestId(), link("overview-request-" + r.requestId(), r.link(), r.title()),
                    r.cycleTitle(), OverviewTable.date(r.deadline().toString()),
                    r.submitted() == null ? "" : getTranslation("overview.submittedOf", r.submitted(), r.municipalities()),
                    late);
        }
        return table;
    }

    private OverviewTable actions(List<Overview.ActionRow> rows) {
        OverviewTable table = new OverviewTable("overview-actions", getTranslation("overview.action"),
                getTranslation("overview.owner"), getTranslation("overview.due"), getTranslation("overview.from"));
        for (int i = 0; i < rows.size(); i++) {
            Overview.ActionRow a = rows.get(i);
            table.row("overview-action-row-" + i, link("overview-action-" + i, a.link(), a.what()),
                    a.owner() == null ? "" : a.owner(), OverviewTable.date(warning(a.due().toString())),
                    getTranslation("overview.source." + a.source(), a.context()));
        }
        return table;
    }

    private OverviewTable meetings(List<Overview.MeetingRow> rows) {
        OverviewTable table = new OverviewTable("overview-meetings", getTranslation("overview.when"),
                getTranslation("overview.meeting"), getTranslation("overview.kind"), getTranslation("overview.cycle"));
        rows.forEach(m -> table.row("overview-meeting-row-" + m.meetingId(), OverviewTable.date(m.startsAt().format(OverviewTexts.TIME)),
                link("overview-meeting-" + m.meetingId(), m.link(), m.title()), getTranslation(m.kind().labelKey()),
                m.cycleTitle()));
        return table;
    }

    static Span warning(String text) {
        Span span = new Span(text);
        span.addClassName("warning");
        return span;
    }

    /** The decided improvement areas: progress per municipality as a bar beside the words, milestone, follow-up. */
    private static final class AreasTable extends OverviewTable {

        AreasTable(List<Overview.AreaRow> rows) {
            super("overview-areas", text("overview.improvementArea"), text("overview.progress"),
                    text("overview.nextMilestone"), text("overview.nextFollowUp"));
            for (Overview.AreaRow a : rows) {
                long id = a.developmentAreaId();
                Div title = new Div(link("overview-area-" + id, a.link(), a.title()), new Span(" · " + a.cycleTitle()));
                String milestone = OverviewTexts.milestone(a.nextMilestone(), AreasTable::text);
                row("overview-area-row-" + id, title, progress(a),
                        a.nextMilestone() != null && a.nextMilestone().passed() ? warning(milestone) : milestone,
                        a.nextFollowUp() == null ? OverviewTexts.followUp(null, AreasTable::text)
                                : link("overview-follow-up-" + id, a.nextFollowUp().link(),
                                OverviewTexts.followUp(a.nextFollowUp(), AreasTable::text)));
            }
        }

        private static Component progress(Overview.AreaRow a) {
            Div cell = new Div();
            cell.setId("overview-progress-" + a.developmentAreaId());
            if (a.progress().isEmpty()) {
                cell.add(new Span(text("overview.progress.noPlans")));
            }
            for (Overview.Progress p : a.progress()) {
                Div line = new Div();
                line.addClassName("overview-progress");
                ProgressBar bar = new ProgressBar(0, 1, p.counted() == 0 ? 0 : (double) p.done() / p.counted());
                bar.getElement().setAttribute("aria-label", p.municipalityName());
                Span words = new Span(OverviewTexts.progress(p, AreasTable::text));
                if (p.overdue() > 0) {
                    words.addClassName("warning");
                }
                line.add(words, bar);
                cell.add(line);
            }
            if (a.regionShare() != null) {
                cell.add(new Div(text("overview.progress.region", a.regionShare())));
            }
            cell.add(new Div(link("overview-action-plans-" + a.developmentAreaId(), a.actionPlanLink(), text("overview.actionPlans"))));
            return cell;
        }

        private static String text(String key, Object... args) {
            return UI.getCurrent().getTranslation(key, args);
        }
    }
}
