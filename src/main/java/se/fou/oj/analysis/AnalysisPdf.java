package se.fou.oj.analysis;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeLink;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultTable;
import se.fou.oj.results.ResultsPdfTable;
import se.fou.oj.submission.AnswersPdf;
import se.fou.oj.submission.CompiledAnswers;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.StatisticsPdfTable;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;

/**
 * The short analysis PDF in the house style: cover, contents, introduction, the working model in brief, the chosen
 * development areas with their indicators' figures and the municipalities' answers and statistics, what research
 * says, the analysis, the proposed improvement areas with motivation and plan, and the references. Figures come from
 * the data; FoU's texts from the report.
 */
final class AnalysisPdf {

    private AnalysisPdf() {
    }

    static void write(AnalysisContents contents, String regionName, Messages messages, OutputStream out) {
        AnalysisReport report = contents.report();
        String title = messages.get("analysis.pdf.title", contents.cycle().title());
        String versionText = report.frozen()
                ? messages.get("analysis.pdf.versionSent", report.versionNo(), report.sentAt().toLocalDate().toString())
                : messages.get("analysis.pdf.versionDraft", report.versionNo());
        try (PdfReport pdf = new PdfReport(title, messages.get("analysis.pdf.subject", regionName), regionName,
                regionName + " · " + title + " · " + versionText, report.frozen() ? null : "UTKAST")) {
            pdf.cover(messages.get("analysis.pdf.overline"), contents.cycle().title(),
                    messages.get("analysis.pdf.coverSubtitle", regionName),
                    List.of(messages.get("analysis.pdf.areas", contents.areas().size()),
                            messages.get("analysis.pdf.proposals", report.proposals().size()), versionText));
            pdf.contents(messages.get("compilation.pdf.contents"));

            pdf.heading(1, messages.get("analysis.introduction"));
            pdf.paragraphs(report.introduction());
            pdf.heading(2, messages.get("analysis.workingModel"));
            pdf.paragraphs(messages.get("analysis.workingModel.text"));

            Map<String, IndicatorRow> indicators = contents.results().byCode();
            pdf.heading(1, messages.get("analysis.areas"));
            if (contents.areas().isEmpty()) {
                pdf.paragraph(messages.get("analysis.pdf.noAreas"));
            }
            for (DevelopmentArea area : contents.areas()) {
                area(pdf, contents, area, indicators, messages);
            }
            List<AnalysisContents.AreaRequest> general = contents.requestsOf(null);
            if (!general.isEmpty()) {
                pdf.heading(1, messages.get("analysis.pdf.generalRequests"));
                general.forEach(r -> answers(pdf, r.answers(), messages));
            }

            pdf.heading(1, messages.get("analysis.research"));
            boolean anyResearch = false;
            for (DevelopmentArea area : contents.areas()) {
                List<KnowledgeLink> links = contents.knowledge().getOrDefault(area.id(), List.of());
                if (links.isEmpty()) {
                    continue;
                }
                anyResearch = true;
                pdf.heading(2, area.title());
                for (KnowledgeLink link : links) {
                    pdf.paragraph(link.item().citation() + ": " + link.item().summary());
                    pdf.note(messages.get("analysis.pdf.relevance", link.relevance()));
                }
            }
            if (!anyResearch) {
                pdf.paragraph(messages.get("analysis.pdf.noResearch"));
            }

            pdf.heading(1, messages.get("analysis.analysis"));
            pdf.paragraphs(report.analysis());

            pdf.heading(1, messages.get("analysis.proposals"));
            if (report.proposals().isEmpty()) {
                pdf.paragraph(messages.get("analysis.pdf.noProposals"));
            }
            for (Proposal proposal : report.proposals()) {
                proposal(pdf, proposal, messages);
            }

            pdf.heading(1, messages.get("analysis.references"));
            List<KnowledgeItem> references = contents.references();
            if (references.isEmpty()) {
                pdf.paragraph("–");
            }
            for (KnowledgeItem item : references) {
                pdf.paragraph(item.reference());
            }
            pdf.writeTo(out);
        }
    }

    private static void area(PdfReport pdf, AnalysisContents contents, DevelopmentArea area,
                             Map<String, IndicatorRow> indicators, Messages messages) {
        pdf.heading(2, area.title());
        pdf.paragraph(messages.get("developmentArea.need") + ": " + area.need());
        if (area.alreadyKnown() != null) {
            pdf.paragraph(messages.get("developmentArea.knownLabel") + ": " + area.alreadyKnown());
        }
        List<IndicatorRow> rows = area.indicatorCodes().stream().map(indicators::get).filter(Objects::nonNull).toList();
        if (!rows.isEmpty()) {
            pdf.heading(3, messages.get("analysis.pdf.indicators"));
            pdf.table(ResultsPdfTable.of(contents.results(), rows, messages));
            pdf.note(messages.get("results.countingRule"));
            List<String> missing = new ResultTable("", "", rows).missingAnswers(contents.results().municipalities());
            if (!missing.isEmpty()) {
                pdf.note(messages.get("results.missingNote", String.join("; ", missing)));
            }
        }
        for (AnalysisContents.AreaRequest request : contents.requestsOf(area.id())) {
            answers(pdf, request.answers(), messages);
        }
    }

    /** One request: the written answers per question and municipality, then each municipality's statistics. */
    private static void answers(PdfReport pdf, CompiledAnswers compiled, Messages messages) {
        Request request = compiled.request();
        pdf.heading(3, messages.get("analysis.pdf.answers", request.title()));
        AnswersPdf.byQuestion(pdf, compiled, messages);
        StatisticsTable table = request.statistics();
        if (table == null) {
            return;
        }
        for (Submission submission : compiled.submissions()) {
            if (!compiled.counted(submission) || submission.counts().isEmpty()) {
                continue;
            }
            pdf.paragraph(messages.get("analysis.pdf.statisticsOf", submission.municipalityName()));
            pdf.table(StatisticsPdfTable.of(table, submission.counts(), messages));
            StatisticsPdfTable.mismatchNotes(pdf, compiled, submission, messages);
        }
        if (compiled.submissions().stream().anyMatch(compiled::counted)) {
            pdf.paragraph(messages.get("compiled.region"));
            pdf.table(StatisticsPdfTable.of(table, compiled.regionalTotal(), messages));
            StatisticsPdfTable.regionNotes(pdf, compiled, messages);
        }
    }

    private static void proposal(PdfReport pdf, Proposal proposal, Messages messages) {
        pdf.heading(2, proposal.areaTitle());
        pdf.paragraph(messages.get("analysis.motivation") + ": " + proposal.motivation());
        Plan plan = proposal.plan();
        if (plan.startsOn() != null && plan.endsOn() != null) {
            pdf.paragraph(messages.get("plan.period", plan.startsOn().toString(), plan.endsOn().toString()));
        }
        if (!plan.milestones().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            plan.milestones().forEach(m -> rows.add(List.of(Cell.of(m.dueOn().toString()), Cell.of(m.title()))));
            pdf.table(new PdfTable(List.of(new Column(messages.get("plan.date"), 80, Align.LEFT),
                    new Column(messages.get("plan.milestone"), PdfReport.CONTENT_WIDTH - 80, Align.LEFT)), rows));
        }
        if (!plan.responsibilities().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            plan.responsibilities().forEach(r -> rows.add(List.of(Cell.of(PlanTexts.who(r, messages)), Cell.of(r.task()))));
            pdf.table(new PdfTable(List.of(new Column(messages.get("plan.responsible"), 130, Align.LEFT),
                    new Column(messages.get("plan.task"), PdfReport.CONTENT_WIDTH - 130, Align.LEFT)), rows));
        }
    }
}
