package se.fou.oj.meeting;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;
import se.fou.oj.base.pdf.PdfTable.Align;
import se.fou.oj.base.pdf.PdfTable.Cell;
import se.fou.oj.base.pdf.PdfTable.Column;
import se.fou.oj.base.pdf.PdfTable;
import se.fou.oj.region.Municipality;

/**
 * The minutes PDF, A4 portrait as Swedish minutes (protokoll) are: the head with kind, cycle, time, place, version and
 * reviewers; who attended per municipality and FoU; the agenda as § 1, § 2 … with their notes; decisions and action
 * items; the approval and the signature lines (secretary, Justeras per reviewer), or UTKAST on every page.
 */
public final class MinutesPdf {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MinutesPdf() {
    }

    public static void write(Meeting meeting, String regionName, List<Municipality> region, Messages messages, OutputStream out) {
        boolean approved = meeting.minutesStatus() == Meeting.MinutesStatus.APPROVED;
        String title = messages.get("minutes.pdf.title", meeting.title());
        String version = messages.get("minutes.pdf.version", meeting.minutesVersion());
        try (PdfReport pdf = PdfReport.portrait(title, meeting.cycleTitle(), regionName,
                regionName + " · " + title + " · " + version, approved ? null : "UTKAST")) {
            pdf.heading(1, title);
            pdf.paragraph(messages.get(meeting.kind().labelKey()) + " · " + meeting.cycleTitle() + " · " + regionName);
            pdf.fact(messages.get("minutes.pdf.time"), MeetingFormat.when(meeting));
            pdf.fact(messages.get("minutes.pdf.place"), meeting.place() == null ? meeting.videoLink()
                    : meeting.place() + (meeting.videoLink() == null ? "" : " · " + meeting.videoLink()));
            secretary(meeting).ifPresent(name -> pdf.fact(messages.get("minutes.pdf.secretary"), name));
            pdf.fact(messages.get("minutes.reviewers"), meeting.reviewers().isEmpty() ? "–"
                    : meeting.reviewers().stream().map(Meeting.Reviewer::name).collect(Collectors.joining(", ")));
            pdf.note(version + (meeting.correctionReason() == null ? ""
                    : " · " + messages.get("minutes.pdf.correction", meeting.correctionReason())));

            pdf.heading(2, messages.get("minutes.attendance"));
            attendance(pdf, meeting, region, messages);

            pdf.heading(2, messages.get("minutes.agenda"));
            for (Meeting.AgendaItem item : meeting.agenda()) {
                pdf.heading(3, messages.get("minutes.pdf.paragraph", item.position()) + " " + item.title()
                        + (item.presenter() == null ? "" : " (" + item.presenter() + ")"));
                pdf.paragraphs(item.notes());
            }

            pdf.heading(2, messages.get("minutes.decisions"));
            List<List<Cell>> decisions = meeting.decisions().stream()
                    .map(d -> List.of(Cell.of(String.valueOf(d.position())), Cell.of(d.text()))).toList();
            if (decisions.isEmpty()) {
                pdf.paragraph("–");
            } else {
                pdf.table(new PdfTable(List.of(new Column(messages.get("minutes.pdf.number"), 30, Align.LEFT),
                        new Column(messages.get("minutes.decision"), pdf.contentWidth() - 30, Align.LEFT)), decisions));
            }

            pdf.heading(2, messages.get("minutes.actionItems"));
            List<List<Cell>> actions = meeting.actionItems().stream().map(a -> List.of(Cell.of(a.text()), Cell.of(a.owner()),
                    Cell.of(a.dueDate().toString()))).toList();
            if (actions.isEmpty()) {
                pdf.paragraph("–");
            } else {
                pdf.table(new PdfTable(List.of(
                        new Column(messages.get("minutes.actionItem"), pdf.contentWidth() - 220, Align.LEFT),
                        new Column(messages.get("minutes.owner"), 150, Align.LEFT),
                        new Column(messages.get("minutes.due"), 70, Align.LEFT)), actions));
            }

            pdf.heading(2, messages.get("minutes.approval"));
            if (approved) {
                pdf.paragraph(messages.get("minutes.pdf.approvedBy", meeting.reviewers().stream()
                        .map(r -> r.name() + " (" + TIME.format(r.approvedAt()) + ")").collect(Collectors.joining(", "))));
            } else {
                pdf.paragraph(messages.get("minutes.pdf.notApproved", meeting.reviewers().isEmpty() ? "–"
                        : meeting.reviewers().stream().map(Meeting.Reviewer::name).collect(Collectors.joining(", "))));
            }
            pdf.signatures(signers(meeting, approved, messages));
            pdf.writeTo(out);
        }
    }

    /** Who signs: the secretary if one took the minutes, then each reviewer (Justeras), approved ones with the time. */
    private static List<String[]> signers(Meeting meeting, boolean approved, Messages messages) {
        List<String[]> signers = new ArrayList<>();
        secretary(meeting).ifPresent(name -> signers.add(new String[] {messages.get("minutes.pdf.secretary"), name}));
        for (Meeting.Reviewer reviewer : meeting.reviewers()) {
            boolean done = approved && reviewer.approvedAt() != null;
            signers.add(new String[] {messages.get("minutes.pdf.sign.review"), reviewer.name(),
                    done ? messages.get("minutes.pdf.sign.approved", TIME.format(reviewer.approvedAt())) : null});
        }
        if (meeting.reviewers().isEmpty()) {
            signers.add(new String[] {messages.get("minutes.pdf.sign.review"), ""});
        }
        return signers;
    }

    private static Optional<String> secretary(Meeting meeting) {
        return meeting.attendance().stream().filter(a -> a.present() && a.function() == JobFunction.MINUTE_TAKER)
                .map(Meeting.Attendance::personName).findFirst();
    }

    /**
     * Who attended, as a protokoll lists them: one line per municipality, then FoU and guests, each person with the
     * function; those who were away are listed apart.
     */
    private static void attendance(PdfReport pdf, Meeting meeting, List<Municipality> region, Messages messages) {
        boolean any = false;
        List<String> absent = new ArrayList<>();
        for (Municipality municipality : region) {
            List<Meeting.Attendance> here = meeting.attendance().stream()
                    .filter(a -> a.municipalityId() != null && a.municipalityId() == municipality.id()).toList();
            any |= line(pdf, municipality.name(), here, absent, messages);
        }
        any |= line(pdf, "FoU", meeting.attendance().stream().filter(a -> a.municipalityId() == null).toList(), absent,
                messages);
        if (!any) {
            pdf.paragraph("–");
        }
        if (!absent.isEmpty()) {
            pdf.fact(messages.get("minutes.present.no"), String.join(", ", absent));
        }
    }

    private static boolean line(PdfReport pdf, String side, List<Meeting.Attendance> people, List<String> absent,
                                Messages messages) {
        people.stream().filter(a -> !a.present())
                .forEach(a -> absent.add(a.personName() + " (" + side + ")"));
        String present = people.stream().filter(Meeting.Attendance::present)
                .map(a -> a.personName() + " – " + messages.get(a.function().labelKey()))
                .collect(Collectors.joining("; "));
        if (present.isEmpty()) {
            return false;
        }
        pdf.fact(side, present);
        return true;
    }
}
