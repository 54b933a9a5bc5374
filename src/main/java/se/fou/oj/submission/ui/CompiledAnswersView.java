package se.fou.oj.submission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
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
import java.util.Map;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.Downloads;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.submission.CompiledAnswers;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;

/** A request's answers side by side per question, and the statistics per municipality and for the region. */
@Route(value = "requests/:requestId/compiled", layout = MainLayout.class)
@PermitAll
public class CompiledAnswersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String REQUEST_ID = "requestId";

    private final RequestService service;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleService cycleService;
    private final CycleSections sections;

    public CompiledAnswersView(RequestService service, CycleService cycleService, CycleSections sections) {
        this.cycleService = cycleService;
        this.sections = sections;
        this.service = service;
        setId("compiled-answers-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(REQUEST_ID).orElse("");
        if (!raw.matches("\\d{1,18}")) {
            throw new NotFoundException(getTranslation("request.error.notFound", raw));
        }
        long requestId = Long.parseLong(raw);
        CompiledAnswers compiled = service.compiled(requestId);
        Request request = compiled.request();
        pageTitle = getTranslation("compiled.title", request.title());
        removeAll();
        String cycleTitle = cycleService.cycle(request.cycleId()).title();
        add(new CycleHeader(sections, request.cycleId(), cycleTitle, "requests", pageTitle));
        browserTitle = PageTitles.of(pageTitle, cycleTitle);
        add(new H2(pageTitle), new HorizontalLayout(
                Downloads.button("compiled-xlsx", getTranslation("compiled.exportXlsx"), VaadinIcon.DOWNLOAD, "svar-" + requestId + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out -> service.exportXlsx(requestId, out)),
                Downloads.button("compiled-pdf", getTranslation("compiled.exportPdf"), VaadinIcon.DOWNLOAD, "svar-" + requestId + ".pdf", Downloads.PDF,
                        out -> service.exportPdf(requestId, out))));
        for (Request.Question question : request.questions()) {
            add(new H3(question.position() + ". " + question.text()));
            for (Submission submission : compiled.submissions()) {
                String text = submission.answers().get(question.id());
                Paragraph answer = new Paragraph();
                answer.setId("answer-" + question.position() + "-" + submission.municipalityName());
                answer.add(new Span(submission.municipalityName() + ": "));
                answer.add(new Span(text == null || text.isBlank()
                        ? getTranslation(submission.status().labelKey()) : text));
                add(answer);
            }
        }
        StatisticsTable table = request.statistics();
        if (table != null) {
            add(new H3(getTranslation("submission.statistics")));
            Paragraph rule = new Paragraph(getTranslation("submission.statistics.shareRule"));
            rule.addClassName("muted");
            add(rule);
            for (Submission submission : compiled.submissions()) {
                if (submission.counts().isEmpty()) {
                    continue;
                }
                add(new H4(submission.municipalityName() + " · " + getTranslation(submission.status().labelKey())),
                        statistics(table, submission.counts()));
                compiled.mismatches(submission).forEach(m -> {
                    Paragraph warning = new Paragraph(getTranslation("submission.statistics.mismatch", m.row(), m.breakdown(),
                            m.sum(), m.total()));
                    warning.addClassName("warning");
                    add(warning);
                });
                String explanation = compiled.explanation(submission);
                if (explanation != null) {
                    add(new Paragraph(getTranslation("compiled.explanation", explanation)));
                }
            }
            add(new H4(getTranslation("compiled.region")), statistics(table, compiled.regionalTotal()));
            Paragraph note = new Paragraph(getTranslation("compiled.regionNote"));
            note.addClassName("muted");
            add(note);
            if (!compiled.notSumming().isEmpty()) {
                Paragraph notSumming = new Paragraph(getTranslation("compiled.regionMismatch",
                        String.join(", ", compiled.notSumming())));
                notSumming.setId("region-not-summing");
                notSumming.addClassName("warning");
                add(notSumming);
            }
        }
    }

    private static Div statistics(StatisticsTable table, Map<StatisticsTable.Cell, Integer> counts) {
        NativeTable grid = new NativeTable();
        grid.addClassName("statistics-table");
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(""));
        table.breakdowns().forEach((b, cs) -> cs.forEach(c -> head.add(new NativeTableHeaderCell(b + ": " + c))));
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        for (String row : table.rows()) {
            NativeTableRow line = new NativeTableRow();
            line.add(new NativeTableHeaderCell(row + " " + table.rowLabels().getOrDefault(row, "")));
            table.breakdowns().forEach((b, cs) -> cs.forEach(c -> {
                StatisticsTable.Cell cell = new StatisticsTable.Cell(row, b, c);
                Integer count = counts.get(cell);
                String share = table.share(counts, cell);
                line.add(new NativeTableCell(count == null ? "" : count + (share.isEmpty() ? "" : " (" + share + ")")));
            }));
            body.add(line);
        }
        grid.add(header, body);
        return new Div(grid);
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
