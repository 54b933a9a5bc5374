package se.fou.oj.followup;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.fou.oj.analysis.Plan;
import se.fou.oj.analysis.PlanTexts;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.submission.AnswersPdf;
import se.fou.oj.submission.CompiledAnswers;
import se.fou.oj.submission.Request;

/**
 * The follow-up PDF of one improvement area in the house style: the area as decided with its plan (milestones marked
 * passed or ahead), its indicators then and now, and each follow-up with what it covers, FoU's report in its sections
 * and the municipalities' published answers.
 */
final class FollowUpPdf {

    /**
     * One follow-up with its request and, once published, the municipalities' answers and their statistics beside the
     * original request's (null without a table).
     */
    record Part(FollowUp followUp, Request request, CompiledAnswers answers, StatisticsComparison statistics) {
    }

    private FollowUpPdf() {
    }

    static void write(ImprovementArea area, List<MilestoneProgress> progress, List<IndicatorMovement> movement,
                      AreaTrend trend, List<Part> parts, String regionName, Messages messages, LocalDate today, OutputStream out) {
        String title = messages.get("followUp.pdf.title", area.title());
        Plan plan = area.plan();
        try (PdfReport pdf = new PdfReport(title, messages.get("followUp.pdf.subject", regionName), regionName,
                regionName + " · " + title, null)) {
            pdf.cover(messages.get("followUp.pdf.overline"), area.title(),
                    messages.get("followUp.pdf.coverSubtitle", area.cycleTitle(), regionName),
                    List.of(messages.get("plan.period", String.valueOf(plan.startsOn()), String.valueOf(plan.endsOn())),
                            messages.get("followUp.pdf.count", parts.size())));
            pdf.contents(messages.get("compilation.pdf.contents"));

            pdf.heading(1, messages.get("followUp.area"));
            pdf.paragraph(messages.get("developmentArea.need") + ": " + area.need());
            pdf.paragraph(messages.get("analysis.motivation") + ": " + area.motivation());
            pdf.note(messages.get("followUp.pdf.decided", area.decision().decidedAt().toLocalDate().toString(),
                    area.decision().recordedBy()));
            pdf.heading(2, messages.get("followUp.plan"));
            pdf.paragraph(messages.get("plan.period", String.valueOf(plan.startsOn()), String.valueOf(plan.endsOn())));
            if (!progress.isEmpty()) {
                List<List<Cell>> rows = new ArrayList<>();
                progress.forEach(p -> rows.add(List.of(Cell.of(p.milestone().dueOn().toString()), Cell.of(p.milestone().title()
                        + (p.note() == null ? "" : " – " + p.note())), Cell.of(status(p, today, messages)))));
                pdf.table(new PdfTable(List.of(new Column(messages.get("plan.date"), 80, Align.LEFT),
                        new Column(messages.get("plan.milestone"), PdfReport.CONTENT_WIDTH - 180, Align.LEFT),
                        new Column(messages.get("followUp.milestone.status"), 100, Align.LEFT)), rows));
            }
            List<List<Cell>> responsibilities = new ArrayList<>();
            plan.responsibilities().forEach(r -> responsibilities.add(List.of(Cell.of(PlanTexts.who(r, messages)), Cell.of(r.task()))));
            pdf.table(new PdfTable(List.of(new Column(messages.get("plan.responsible"), 130, Align.LEFT),
                    new Column(messages.get("plan.task"), PdfReport.CONTENT_WIDTH - 130, Align.LEFT)), responsibilities));

            pdf.heading(1, messages.get("followUp.indicators"));
            indicators(pdf, area, movement, messages);
            TrendPdf.write(pdf, trend, messages);

            if (parts.isEmpty()) {
                pdf.heading(1, messages.get("followUp.followUps"));
                pdf.paragraph(messages.get("followUp.none"));
            }
            for (Part part : parts) {
                followUp(pdf, part, messages);
            }
            pdf.writeTo(out);
        }
    }

    private static void indicators(PdfReport pdf, ImprovementArea area, List<IndicatorMovement> movement, Messages messages) {
        Integer laterYear = IndicatorMovement.laterYearOf(movement);
        String decidedYear = movement.isEmpty() ? "" : String.valueOf(movement.get(0).decidedYear());
        List<List<Cell>> rows = new ArrayList<>();
        for (IndicatorMovement m : movement) {
            rows.add(List.of(Cell.of(m.code()), Cell.of(m.text()), Cell.of(m.decidedAverage()), Cell.of(m.laterAverage()),
                    Cell.of(m.change())));
        }
        pdf.table(new PdfTable(List.of(new Column(messages.get("results.code"), 40, Align.LEFT),
                new Column(messages.get("results.indicator"), PdfReport.CONTENT_WIDTH - 280, Align.LEFT),
                new Column(messages.get("followUp.averageIn", decidedYear), 80, Align.RIGHT),
                new Column(laterYear == null ? messages.get("followUp.laterYear") : messages.get("followUp.averageIn", String.valueOf(laterYear)),
                        80, Align.RIGHT),
                new Column(messages.get("followUp.change"), 80, Align.RIGHT)), rows));
        pdf.note(messages.get("results.countingRule"));
        if (laterYear == null) {
            pdf.note(messages.get("followUp.noLaterResults"));
        }
    }

    /** "Uppnått 2019-03-25", "Datum passerat" or "Kommande". */
    static String status(MilestoneProgress progress, LocalDate today, Messages messages) {
        MilestoneProgress.State state = progress.state(today);
        return state == MilestoneProgress.State.REACHED ? messages.get(state.labelKey(), progress.reachedOn().toString())
                : messages.get(state.labelKey());
    }

    private static void followUp(PdfReport pdf, Part part, Messages messages) {
        FollowUp followUp = part.followUp();
        pdf.heading(1, followUp.title());
        pdf.paragraph(messages.get("followUp.covers") + ": " + followUp.covers());
        if (followUp.sections().isEmpty()) {
            pdf.paragraph(messages.get("followUp.notWritten"));
        }
        for (FollowUp.Section section : FollowUp.Section.values()) {
            String text = followUp.sections().get(section);
            if (text != null) {
                pdf.heading(2, messages.get(section.labelKey()));
                pdf.paragraphs(text);
            }
        }
        if (part.request() == null) {
            return;
        }
        pdf.heading(2, messages.get("followUp.municipalities"));
        pdf.note(messages.get("followUp.pdf.deadline", part.request().deadline().toString()));
        if (part.answers() == null) {
            pdf.paragraph(messages.get("followUp.answersNotPublished"));
            return;
        }
        AnswersPdf.byQuestion(pdf, part.answers(), messages);
        StatisticsComparisonPdf.write(pdf, part.statistics(), messages);
    }
}
