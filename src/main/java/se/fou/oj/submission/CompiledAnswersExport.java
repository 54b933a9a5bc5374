package se.fou.oj.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.fou.oj.base.export.SpreadsheetText;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable.Cell;

/** The compiled answers as an Excel workbook and as a PDF in the house style, from the same {@link CompiledAnswers}. */
final class CompiledAnswersExport {

    private CompiledAnswersExport() {
    }

    static void xlsx(CompiledAnswers compiled, Messages messages, OutputStream out) {
        Request request = compiled.request();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // Answers and questions are typed by people: never let a cell of theirs run as a formula
            SpreadsheetText.Xlsx text = new SpreadsheetText.Xlsx(workbook);
            Sheet answers = workbook.createSheet(messages.get("compiled.sheet.answers"));
            Row header = answers.createRow(0);
            header.createCell(0).setCellValue(messages.get("user.municipality"));
            header.createCell(1).setCellValue(messages.get("user.status"));
            for (int q = 0; q < request.questions().size(); q++) {
                text.text(header.createCell(2 + q), request.questions().get(q).text());
            }
            int r = 1;
            for (Submission submission : compiled.submissions()) {
                Row row = answers.createRow(r++);
                text.text(row.createCell(0), submission.municipalityName());
                row.createCell(1).setCellValue(messages.get(submission.status().labelKey()));
                for (int q = 0; q < request.questions().size(); q++) {
                    text.text(row.createCell(2 + q), submission.answers().get(request.questions().get(q).id()));
                }
            }
            StatisticsTable table = request.statistics();
            if (table != null) {
                Sheet stats = workbook.createSheet(messages.get("compiled.sheet.statistics"));
                Row head = stats.createRow(0);
                String[] titles = {messages.get("user.municipality"), messages.get("submission.statistics.row"),
                    messages.get("compiled.breakdown"), messages.get("compiled.category"), messages.get("compiled.count"),
                    messages.get("compiled.share")};
                for (int c = 0; c < titles.length; c++) {
                    head.createCell(c).setCellValue(titles[c]);
                }
                int s = 1;
                for (Submission submission : compiled.submissions()) {
                    s = statisticsRows(stats, text, s, submission.municipalityName(), table, submission.counts());
                }
                s = statisticsRows(stats, text, s, messages.get("compiled.region"), table, compiled.regionalTotal());
                if (!compiled.notSumming().isEmpty()) {
                    stats.createRow(s + 1).createCell(0).setCellValue(messages.get("compiled.regionMismatch",
                            String.join(", ", compiled.notSumming())));
                }
                mismatchSheet(workbook, text, compiled, messages);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every breakdown that does not sum, per municipality, with the municipality's explanation beside it. */
    private static void mismatchSheet(XSSFWorkbook workbook, SpreadsheetText.Xlsx text, CompiledAnswers compiled,
                                      Messages messages) {
        Sheet sheet = workbook.createSheet(messages.get("compiled.sheet.mismatches"));
        String[] titles = {messages.get("user.municipality"), messages.get("submission.statistics.row"),
            messages.get("compiled.breakdown"), messages.get("compiled.sum"), messages.get("compiled.total"),
            messages.get("compiled.explanationColumn")};
        Row head = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(titles[c]);
        }
        int r = 1;
        for (Submission submission : compiled.submissions()) {
            String explanation = compiled.explanation(submission);
            for (StatisticsTable.Mismatch m : compiled.mismatches(submission)) {
                Row row = sheet.createRow(r++);
                text.text(row.createCell(0), submission.municipalityName());
                text.text(row.createCell(1), m.row());
                text.text(row.createCell(2), m.breakdown());
                row.createCell(3).setCellValue(m.sum());
                row.createCell(4).setCellValue(m.total());
                text.text(row.createCell(5), explanation);
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(5, 80 * 256);
    }

    private static int statisticsRows(Sheet sheet, SpreadsheetText.Xlsx text, int start, String who, StatisticsTable table,
                                      Map<StatisticsTable.Cell, Integer> counts) {
        int r = start;
        for (StatisticsTable.Cell cell : table.cells()) {
            Integer count = counts.get(cell);
            if (count == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text.text(row.createCell(0), who);
            text.text(row.createCell(1), cell.row());
            text.text(row.createCell(2), cell.breakdown());
            text.text(row.createCell(3), cell.category());
            row.createCell(4).setCellValue(count);
            row.createCell(5).setCellValue(table.share(counts, cell));
        }
        return r;
    }

    static void pdf(CompiledAnswers compiled, String regionName, Messages messages, OutputStream out) {
        Request request = compiled.request();
        String title = messages.get("compiled.title", request.title());
        try (PdfReport pdf = new PdfReport(title, title, regionName, regionName + " · " + title, null)) {
            pdf.heading(1, title);
            pdf.note(messages.get("compiled.deadline", request.deadline().toString()));
            for (Request.Question question : request.questions()) {
                pdf.heading(2, question.position() + ". " + question.text());
                for (Submission submission : compiled.submissions()) {
                    String text = submission.answers().get(question.id());
                    pdf.paragraph(submission.municipalityName() + ": " + (text == null || text.isBlank()
                            ? messages.get(submission.status().labelKey()) : text));
                }
            }
            StatisticsTable table = request.statistics();
            if (table != null) {
                pdf.heading(1, messages.get("submission.statistics"));
                pdf.note(messages.get("submission.statistics.shareRule"));
                for (Submission submission : compiled.submissions()) {
                    if (submission.counts().isEmpty()) {
                        continue;
                    }
                    pdf.heading(2, submission.municipalityName());
                    pdf.table(StatisticsPdfTable.of(table, submission.counts(), messages));
                    StatisticsPdfTable.mismatchNotes(pdf, compiled, submission, messages);
                }
                pdf.heading(2, messages.get("compiled.region"));
                pdf.table(StatisticsPdfTable.of(table, compiled.regionalTotal(), messages));
                StatisticsPdfTable.regionNotes(pdf, compiled, messages);
            }
            pdf.writeTo(out);
        }
    }
}
