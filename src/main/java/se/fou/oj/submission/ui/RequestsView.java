package se.fou.oj.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.Feedback;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.region.RegionService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.ui.PersonName;

/** A cycle's requests: FoU sends them and sees each municipality's status; a contact opens their own answer. */
@Route(value = "cycles/:cycleId/requests", layout = MainLayout.class)
@PermitAll
public class RequestsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SubmissionService service;

    private final RequestService requestService;
    private final CycleService cycleService;
    private final DevelopmentAreaService developmentAreas;
    private final RegionService regionService;
    private long cycleId;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleSections sections;

    public RequestsView(SubmissionService service, RequestService requestService, CycleService cycleService,
                        DevelopmentAreaService developmentAreas,
                        RegionService regionService, CycleSections sections) {
        this.sections = sections;
        this.service = service;
        this.requestService = requestService;
        this.cycleService = cycleService;
        this.developmentAreas = developmentAreas;
        this.regionService = regionService;
        setId("requests-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = CycleRoutes.cycleId(event);
        refresh();
    }

    private void refresh() {
        removeAll();
        Cycle cycle = cycleService.cycle(cycleId);
        add(new CycleHeader(sections, cycleId, cycle.title(), "requests", null));
        browserTitle = PageTitles.of(getTranslation("request.open"), cycle.title());
        pageTitle = getTranslation("request.pageTitle", cycle.title());
        AppUserPrincipal user = CurrentUser.require();
        HorizontalLayout header = new HorizontalLayout(new H2(pageTitle));
        header.setAlignItems(Alignment.BASELINE);
        if (user.hasRole(Role.FOU)) {
            Button add = new Button(getTranslation("request.new"), VaadinIcon.PLUS.create(),
                    e -> new RequestForm(requestService, cycleId, developmentAreas.areasOfCycle(cycleId).stream()
                            .filter(a -> a.status() != DevelopmentArea.Status.DROPPED).toList(),
                            this::refresh).open());
            add.setId("new-request");
            header.add(add);
        }
        add(header);
        for (Request request : requestService.requests(cycleId)) {
            add(new H3(request.title()));
            Paragraph meta = new Paragraph(getTranslation("request.meta", request.deadline().toString(), request.questions().size())
                    + (request.answersPublished() ? " · " + getTranslation("request.published") : ""));
            meta.addClassName("muted");
            add(meta);
            if (user.seesWholeRegion() || request.answersPublished()) {
                Button compiled = new Button(getTranslation("compiled.open"), VaadinIcon.COPY_O.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate("requests/" + request.id() + "/compiled")));
                compiled.setId("compiled-" + request.id());
                add(compiled);
            } else {
                // The other municipalities' answers are hidden until FoU publishes them all: say so
                Paragraph hidden = new Paragraph(getTranslation("request.compiledHidden"));
                hidden.setId("compiled-hidden-" + request.id());
                hidden.addClassName("muted");
                add(hidden);
            }
            if (user.hasRole(Role.FOU)) {
                add(matrix(request));
                if (!request.answersPublished()) {
                    Button publish = new Button(getTranslation("request.publish"), e -> Feedback.ask(
                            "confirm-publish-answers", getTranslation("feedback.answers.publish.title"),
                            getTranslation("feedback.answers.publish.text", request.title()), getTranslation("request.publish"),
                            () -> {
                                try {
                                    requestService.publishAnswers(request.id());
                                    Notifications.success(
                                            getTranslation("feedback.answers.published", request.title()));
                                } catch (ValidationException ex) {
                                    Notifications.error(ex.getMessage());
                                }
                                refresh();
                            }));
                    publish.setId("publish-answers-" + request.id());
                    var waiting = requestService.waitingForBeforePublishing(request.id());
                    publish.setEnabled(waiting.isEmpty());
                    add(publish);
                    if (!waiting.isEmpty()) {
                        // Until everyone has submitted or every deadline has passed the answers cannot be published
                        Paragraph why = new Paragraph(getTranslation("request.publish.waiting", waiting.stream()
                                .map(w -> getTranslation("request.waitingFor.one", w.municipalityName(), w.deadline().toString()))
                                .collect(Collectors.joining(", "))));
                        why.setId("publish-waiting-" + request.id());
                        why.addClassName("muted");
                        add(why);
                    }
                }
            } else if (user.role() == Role.MUNICIPAL_CONTACT && user.municipalityCode() != null) {
                add(ownAnswer(request, user.municipalityCode()));
            } else if (user.municipalityCode() != null) {
                Button answer = new Button(getTranslation("request.read"),
                        VaadinIcon.EDIT.create(), e -> open(request.id(), user.municipalityCode()));
                answer.setId("answer-request-" + request.id());
                answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(answer);
            }
        }
    }

    /**
     * A contact sees where her municipality's answer stands, and is offered to answer only while there is something
     * to answer; a submitted answer is there to read.
     */
    private HorizontalLayout ownAnswer(Request request, String code) {
        Submission own = service.submission(request.id(), code);
        Span status = new Span(
                getTranslation(own.status().labelKey()));
        status.setId("request-status-" + request.id());
        status.addClassNames("badge", own.status() == Submission.Status.LATE ? "badge-warning"
                : own.submitted() ? "badge-success" : "badge-info");
        Button open = own.editable()
                ? new Button(getTranslation("request.answer"), VaadinIcon.EDIT.create(), e -> open(request.id(), code))
                : new Button(getTranslation("request.viewAnswer"), VaadinIcon.EYE.create(), e -> open(request.id(), code));
        open.setId("answer-request-" + request.id());
        if (own.editable()) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        HorizontalLayout line = new HorizontalLayout(status, open);
        line.setAlignItems(Alignment.BASELINE);
        return line;
    }

    private Grid<Submission> matrix(Request request) {
        Grid<Submission> grid = new Grid<>();
        grid.setId("matrix-" + request.id());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Submission::municipalityName).setHeader(getTranslation("user.municipality")).setKey("municipality");
        grid.addColumn(s -> getTranslation(s.status().labelKey())).setHeader(getTranslation("user.status")).setKey("status")
                .setPartNameGenerator(s -> s.status() == Submission.Status.LATE ? "overdue" : null);
        grid.addColumn(s -> s.deadline().toString()).setHeader(getTranslation("request.deadline")).setKey("deadline");
        grid.addColumn(s -> s.submittedAt() == null ? "" : TIME.format(s.submittedAt()) + " · " + PersonName.of(s.submittedBy()))
                .setHeader(getTranslation("request.submittedAt")).setKey("submitted");
        grid.addComponentColumn(s -> matrixActions(request, s)).setKey("actions").setAutoWidth(true);
        grid.setItems(requestService.matrix(request.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** FoU extends one municipality's deadline, or reopens a submitted answer with a reason. */
    private Component matrixActions(Request request, Submission submission) {
        String code = regionCode(submission.municipalityId());
        if (!submission.editable()) {
            Button reopen = new Button(getTranslation("request.reopen"), e -> {
                Dialog dialog = new Dialog(
                        getTranslation("request.reopen"));
                TextField reason = new TextField(
                        getTranslation("request.reopen.reason"));
                reason.setId("reopen-reason");
                reason.setRequiredIndicatorVisible(true);
                reason.setWidth("24rem");
                Button ok = new Button(getTranslation("request.reopen"), ev -> {
                    try {
                        service.reopen(request.id(), code, reason.getValue());
                        dialog.close();
                        Notifications.success(getTranslation("feedback.submission.reopened",
                                submission.municipalityName()));
                        refresh();
                    } catch (ValidationException ex) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(ex.getMessage());
                    }
                });
                ok.setId("reopen-confirm");
                dialog.add(reason);
                dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), ok);
                dialog.open();
            });
            reopen.setId("reopen-" + request.id() + "-" + code);
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return reopen;
        }
        DatePicker until = ComponentTexts.datePicker(new DatePicker());
        until.setId("extend-" + request.id() + "-" + code);
        until.setPlaceholder(getTranslation("request.extend"));
        until.setWidth("10rem");
        until.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                requestService.extendDeadline(request.id(), code, e.getValue());
                Notifications.success(getTranslation("feedback.request.extended",
                        submission.municipalityName(), e.getValue().toString()));
                refresh();
            }
        });
        return until;
    }

    private String regionCode(long municipalityId) {
        return regionService.municipalities().stream().filter(m -> m.id() == municipalityId).findFirst().orElseThrow().code();
    }

    private void open(long requestId, String code) {
        getUI().ifPresent(ui -> ui.navigate(SubmissionView.class, new RouteParameters(
                new RouteParam(SubmissionView.REQUEST_ID, String.valueOf(requestId)),
                new RouteParam(SubmissionView.MUNICIPALITY, code))));
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
