package se.fou.oj.meeting;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;
import se.fou.oj.region.Municipality;

/**
 * The minutes PDF in the house style: header with cycle, kind, time and place; attendance per municipality and FoU;
 * the agenda with notes; decisions and action items in tables; the approval line, or UTKAST on every page.
 */
final class MinutesPdf {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MinutesPdf() {
    }

    static void write(Meeting meeting, String regionName, List<Municipality> region, Messages messages, OutputStream out) {
        boolean approved = meeting.minutesStatus() == Meeting.MinutesStatus.APPROVED;
        String title = messages.get("minutes.pdf.title", meeting.title());
        String version = messages.get("minutes.pdf.version", meeting.minutesVersion());
        try (PdfReport pdf = new PdfReport(title, meeting.cycleTitle(), regionName,
                regionName + " · " + title + " · " + version, approved ? null : "UTKAST")) {
            pdf.heading(1, title);
            pdf.paragraph(messages.get(meeting.kind().labelKey()) + " · " + meeting.cycleTitle());
            pdf.paragraph(messages.get("minutes.pdf.when", MeetingFormat.when(meeting)));
            String where = meeting.place() == null ? meeting.videoLink() : meeting.place();
            if (where != null) {
                pdf.paragraph(messages.get("minutes.pdf.where", where));
            }
            pdf.note(version + (meeting.correctionReason() == null ? ""
                    : " · " + messages.get("minutes.pdf.correction", meeting.correctionReason())));

            pdf.heading(2, messages.get("minutes.attendance"));
            pdf.table(attendance(meeting, region, messages));

            pdf.heading(2, messages.get("minutes.agenda"));
            for (Meeting.AgendaItem item : meeting.agenda()) {
                pdf.heading(3, item.position() + ". " + item.title()
                        + (item.presenter() == null ? "" : " (" + item.presenter() + ")"));
                pdf.paragraph(item.notes() == null ? "–" : item.notes());
            }

            pdf.heading(2, messages.get("minutes.decisions"));
            List<List<Cell>> decisions = meeting.decisions().stream()
                    .map(d -> List.of(Cell.of(String.valueOf(d.position())), Cell.of(d.text()))).toList();
            if (decisions.isEmpty()) {
                pdf.paragraph("–");
            } else {
                pdf.table(new PdfTable(List.of(new Column("§", 30, Align.LEFT),
                        new Column(messages.get("minutes.decision"), PdfReport.CONTENT_WIDTH - 30, Align.LEFT)), decisions));
            }

            pdf.heading(2, messages.get("minutes.actionItems"));
            List<List<Cell>> actions = meeting.actionItems().stream().map(a -> List.of(Cell.of(a.text()), Cell.of(a.owner()),
                    Cell.of(a.dueDate().toString()))).toList();
            if (actions.isEmpty()) {
                pdf.paragraph("–");
            } else {
                pdf.table(new PdfTable(List.of(
                        new Column(messages.get("minutes.actionItem"), PdfReport.CONTENT_WIDTH - 260, Align.LEFT),
                        new Column(messages.get("minutes.owner"), 180, Align.LEFT),
                        new Column(messages.get("minutes.due"), 80, Align.LEFT)), actions));
            }

            pdf.heading(2, messages.get("minutes.approval"));
            if (approved) {
                pdf.paragraph(messages.get("minutes.pdf.approvedBy", meeting.reviewers().stream()
                        .map(r -> r.name() + " (" + TIME.format(r.approvedAt()) + ")").collect(Collectors.joining(", "))));
            } else {
                pdf.paragraph(messages.get("minutes.pdf.notApproved", meeting.reviewers().isEmpty() ? "–"
                        : meeting.reviewers().stream().map(Meeting.Reviewer::name).collect(Collectors.joining(", "))));
            }
            pdf.writeTo(out);
        }
    }

    /** Attendance grouped by municipality, then FoU. */
    private static PdfTable attendance(Meeting meeting, List<Municipality> region, Messages messages) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Municipality municipality : region) {
            meeting.attendance().stream().filter(a -> a.municipalityId() != null && a.municipalityId() == municipality.id())
                    .forEach(a -> rows.add(attendanceRow(municipality.name(), a, messages)));
        }
        meeting.attendance().stream().filter(a -> a.municipalityId() == null)
                .forEach(a -> rows.add(attendanceRow("FoU", a, messages)));
        if (rows.isEmpty()) {
            rows.add(List.of(Cell.of("–"), Cell.of(""), Cell.of(""), Cell.of("")));
        }
        return new PdfTable(List.of(new Column(messages.get("minutes.for"), 160, Align.LEFT),
                new Column(messages.get("minutes.name"), 220, Align.LEFT),
                new Column(messages.get("minutes.function"), 220, Align.LEFT),
                new Column(messages.get("minutes.present"), PdfReport.CONTENT_WIDTH - 600, Align.LEFT)), rows);
    }

    private static List<Cell> attendanceRow(String side, Meeting.Attendance a, Messages messages) {
        return List.of(Cell.of(side), Cell.of(a.personName()), Cell.of(messages.get(a.function().labelKey())),
                Cell.of(messages.get(a.present() ? "minutes.present.yes" : "minutes.present.no")));
    }
}
