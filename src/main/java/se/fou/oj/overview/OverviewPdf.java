package se.fou.oj.overview;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;

/**
 * The overview as a PDF for a meeting's papers, in the house style: the same sections, rows and order as the screen,
 * without a cover (it is one paper among the meeting's others), landscape for the wide tables.
 */
final class OverviewPdf {

    private static final float W = PdfReport.CONTENT_WIDTH;

    private OverviewPdf() {
    }

    static void write(Overview overview, String regionName, Messages messages, OutputStream out) {
        String title = messages.get("overview.pdf.title", regionName, overview.today().toString());
        try (PdfReport pdf = new PdfReport(title, messages.get("overview.pdf.subject", regionName), regionName,
                regionName + " · " + title, null)) {
            pdf.heading(1, title);
            pdf.paragraph(messages.get("overview.lead.paper", overview.today().toString())
                    + (overview.ownMunicipalityName() == null ? ""
                    : " " + messages.get("overview.lead.own", overview.ownMunicipalityName())));
            section(pdf, messages, "overview.cycles", "overview.cycles.none", overview.cycles(), List.of(
                    column(messages.get("overview.area"), W * 0.5f), column(messages.get("overview.year"), W * 0.1f),
                    column(messages.get("overview.stage"), W * 0.4f)),
                    c -> List.of(c.areaName(), String.valueOf(c.year()), messages.get(c.stage().labelKey())));
            section(pdf, messages, "overview.requests", "overview.requests.none", overview.openRequests(), List.of(
                    column(messages.get("overview.request"), W * 0.3f), column(messages.get("overview.cycle"), W * 0.2f),
                    column(messages.get("overview.deadline"), W * 0.12f), column(messages.get("overview.submitted"), W * 0.1f),
                    column(messages.get("overview.late"), W * 0.28f)),
                    r -> List.of(r.title(), r.cycleTitle(), r.deadline().toString(),
                            r.submitted() == null ? "" : messages.get("overview.submittedOf", r.submitted(), r.municipalities()),
                            OverviewTexts.late(r, overview.ownMunicipalityName(), messages::get)));
            section(pdf, messages, "overview.areas", "overview.areas.none", overview.improvementAreas(), List.of(
                    column(messages.get("overview.improvementArea"), W * 0.26f), column(messages.get("overview.progress"), W * 0.34f),
                    column(messages.get("overview.nextMilestone"), W * 0.2f), column(messages.get("overview.nextFollowUp"), W * 0.2f)),
                    a -> List.of(a.title() + " · " + a.cycleTitle(), progress(a, messages),
                            OverviewTexts.milestone(a.nextMilestone(), messages::get),
                            OverviewTexts.followUp(a.nextFollowUp(), messages::get)));
            section(pdf, messages, "overview.actions", "overview.actions.none", overview.overdueActions(), List.of(
                    column(messages.get("overview.action"), W * 0.4f), column(messages.get("overview.owner"), W * 0.18f),
                    column(messages.get("overview.due"), W * 0.12f), column(messages.get("overview.from"), W * 0.3f)),
                    a -> List.of(a.what(), a.owner() == null ? "" : a.owner(), a.due().toString(),
                            messages.get("overview.source." + a.source(), a.context())));
            section(pdf, messages, "overview.meetings", "overview.meetings.none", overview.nextMeetings(), List.of(
                    column(messages.get("overview.when"), W * 0.15f), column(messages.get("overview.meeting"), W * 0.35f),
                    column(messages.get("overview.kind"), W * 0.25f), column(messages.get("overview.cycle"), W * 0.25f)),
                    m -> List.of(m.startsAt().format(OverviewTexts.TIME), m.title(), messages.get(m.kind().labelKey()),
                            m.cycleTitle()));
            pdf.writeTo(out);
        }
    }

    private static Column column(String header, float width) {
        return new Column(header, width, Align.LEFT);
    }

    private static <T> void section(PdfReport pdf, Messages messages, String titleKey, String noneKey, List<T> items,
                                    List<Column> columns, Function<T, List<String>> cells) {
        pdf.heading(2, messages.get(titleKey));
        if (items.isEmpty()) {
            pdf.paragraph(messages.get(noneKey));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        items.forEach(item -> rows.add(cells.apply(item).stream().map(Cell::of).toList()));
        pdf.table(new PdfTable(columns, rows));
    }

    /** Each municipality's progress in words, the reader's own first, then the region's. */
    private static String progress(Overview.AreaRow area, Messages messages) {
        List<String> lines = new ArrayList<>();
        area.progress().forEach(p -> lines.add(OverviewTexts.progress(p, messages::get)));
        if (area.regionShare() != null) {
            lines.add(messages.get("overview.progress.region", area.regionShare()));
        }
        return lines.isEmpty() ? messages.get("overview.progress.noPlans") : String.join("; ", lines);
    }
}
