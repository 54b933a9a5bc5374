package se.fou.oj.compilation;

import java.io.OutputStream;
import java.util.List;
import se.fou.oj.base.chart.BarChart;
import se.fou.oj.base.chart.ChartLayout;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.region.Municipality;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultTable;
import se.fou.oj.results.ResultsPdfTable;

/**
 * The compilation PDF: cover, contents, introduction, results in brief, then per chapter and table the results table
 * (as the screen shows it), the counting rule, the comparison sentences and the chart; last the municipalities'
 * overview. Everything is taken from the draft; nothing is typed twice.
 */
final class CompilationPdf {

    static final float CHART_WIDTH = 520;
    static final float CHART_HEIGHT = 170;

    private CompilationPdf() {
    }

    static void write(CompilationDraft draft, String regionName, boolean published, int versionNo, Messages messages,
                      OutputStream out) {
        CycleResults results = draft.results();
        String title = messages.get("compilation.pdf.title", results.cycle().title());
        String versionText = published ? messages.get("compilation.pdf.version", versionNo)
                : messages.get("compilation.pdf.draft");
        try (PdfReport pdf = new PdfReport(title, messages.get("compilation.pdf.subject", regionName), regionName,
                regionName + " · " + title + " · " + versionText, published ? null : "UTKAST")) {
            pdf.cover(messages.get("compilation.pdf.overline", String.valueOf(results.cycle().year())),
                    results.cycle().areaName() + " " + results.cycle().year(),
                    messages.get("compilation.pdf.coverSubtitle", regionName),
                    List.of(messages.get("compilation.pdf.municipalities", names(results.municipalities())),
                            messages.get("compilation.pdf.indicators", results.indicatorCount(), results.tables().size()),
                            versionText));
            pdf.contents(messages.get("compilation.pdf.contents"));

            pdf.heading(1, messages.get("compilation.introduction"));
            pdf.paragraph(orDash(draft.introduction()));
            pdf.heading(2, messages.get("compilation.resultsInBrief"));
            pdf.paragraph(orDash(draft.effectiveBrief()));

            String chapter = null;
            for (ResultTable table : results.tables()) {
                if (!table.chapter().equals(chapter)) {
                    chapter = table.chapter();
                    pdf.heading(1, chapter);
                } else {
                    pdf.space(8);
                }
                pdf.heading(2, table.tableName());
                pdf.table(ResultsPdfTable.of(results, table.rows(), messages));
                pdf.note(messages.get("results.countingRule"));
                List<String> missing = table.missingAnswers(results.municipalities());
                if (!missing.isEmpty()) {
                    pdf.note(messages.get("results.missingNote", String.join("; ", missing)));
                }
                for (IndicatorRow row : table.rows()) {
                    pdf.paragraph(row.code() + ": " + draft.sentences().get(row.code()).effective());
                }
                for (IndicatorRow row : table.rows()) {
                    var reading = draft.readings().get(row.code());
                    if (reading != null) {
                        pdf.note(messages.get("compilation.pdf.reading", row.code(), reading.reading()
                                + (reading.definitions() == null ? "" : " " + messages.get("interpretation.definitions")
                                + ": " + reading.definitions())));
                    }
                }
                BarChart chart = CompilationCharts.tableChart(results, table, messages.get("compilation.chart.region"));
                if (!chart.categories().isEmpty()) {
                    pdf.chart(ChartLayout.groupedBars(chart, CHART_WIDTH, CHART_HEIGHT), CHART_WIDTH, CHART_HEIGHT, CHART_WIDTH);
                }
            }

            pdf.heading(1, messages.get("compilation.overview"));
            int total = CompilationCharts.wordIndicatorCount(results);
            pdf.paragraph(messages.get("compilation.overview.text", total));
            BarChart overview = CompilationCharts.municipalityOverview(results, messages.get("compilation.overview.series"));
            float height = 24 * results.municipalities().size() + 10;
            pdf.chart(ChartLayout.horizontalBars(overview, CHART_WIDTH, height), CHART_WIDTH, height, CHART_WIDTH);
            pdf.writeTo(out);
        }
    }

    private static String names(List<Municipality> municipalities) {
        return ComparisonSentences.names(municipalities.stream().map(Municipality::name).toList());
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
