package se.fou.oj.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.ui.CycleRoutes;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;

/** A cycle's requests: FoU sends them and sees each municipality's status; a contact opens their own answer. */
@Route(value = "cycles/:cycleId/requests", layout = MainLayout.class)
@PermitAll
public class RequestsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SubmissionService service;
    private final CycleService cycleService;
    private long cycleId;
    private String pageTitle = "";

    public RequestsView(SubmissionService service, CycleService cycleService) {
        this.service = service;
        this.cycleService = cycleService;
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
        pageTitle = getTranslation("request.pageTitle", cycle.title());
        AppUserPrincipal user = CurrentUser.require();
        HorizontalLayout header = new HorizontalLayout(new H2(pageTitle));
        header.setAlignItems(Alignment.BASELINE);
        if (user.hasRole(Role.FOU)) {
            Button add = new Button(getTranslation("request.new"), VaadinIcon.PLUS.create(),
                    e -> new RequestForm(service, cycleId, this::refresh).open());
            add.setId("new-request");
            header.add(add);
        }
        add(header);
        for (Request request : service.requests(cycleId)) {
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
            }
            if (user.hasRole(Role.FOU)) {
                add(matrix(request));
                if (!request.answersPublished()) {
                    Button publish = new Button(getTranslation("request.publish"), e -> {
                        service.publishAnswers(request.id());
                        refresh();
                    });
                    publish.setId("publish-answers-" + request.id());
                    add(publish);
                }
            } else if (user.municipalityCode() != null) {
                Button answer = new Button(getTranslation(user.role() == Role.MUNICIPAL_CONTACT ? "request.answer" : "request.read"),
                        VaadinIcon.EDIT.create(), e -> open(request.id(), user.municipalityCode()));
                answer.setId("answer-request-" + request.id());
                answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(answer);
            }
        }
    }

    private Grid<Submission> matrix(Request request) {
        Grid<Submission> grid = new Grid<>();
        grid.setId("matrix-" + request.id());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Submission::municipalityName).setHeader(getTranslation("user.municipality")).setKey("municipality");
        grid.addColumn(s -> getTranslation(s.status().labelKey())).setHeader(getTranslation("user.status")).setKey("status")
                .setPartNameGenerator(s -> s.status() == Submission.Status.LATE ? "overdue" : null);
        grid.addColumn(s -> s.deadline().toString()).setHeader(getTranslation("request.deadline")).setKey("deadline");
        grid.addColumn(s -> s.submittedAt() == null ? "" : TIME.format(s.submittedAt()) + " · " + s.submittedBy())
                .setHeader(getTranslation("request.submittedAt")).setKey("submitted");
        grid.setItems(service.matrix(request.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void open(long requestId, String code) {
        getUI().ifPresent(ui -> ui.navigate(SubmissionView.class, new RouteParameters(
                new com.vaadin.flow.router.RouteParam(SubmissionView.REQUEST_ID, String.valueOf(requestId)),
                new com.vaadin.flow.router.RouteParam(SubmissionView.MUNICIPALITY, code))));
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }
}
