package se.fou.oj.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import se.fou.oj.base.ConflictException;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.navigation.CycleSections;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.CycleHeader;
import se.fou.oj.base.ui.Feedback;
import se.fou.oj.base.ui.LocalDraftBackup;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.submission.SubmitRefusedException;
import se.fou.oj.user.ui.PersonName;

/**
 * A municipality's written answer to a request. The draft saves shortly after typing stops; if a colleague saved in
 * between, nothing is overwritten and the form says so. Submitting locks the answer. What is typed is also kept in the
 * browser until the server has it ({@link LocalDraftBackup}), so a lost connection or an ended session loses nothing.
 */
@Route(value = "requests/:requestId/submissions/:municipality", layout = MainLayout.class)
@PermitAll
public class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Beyond this many days a passed deadline is given by its date alone. */
    private static final int LONG_PAST_DAYS = 60;

    public static final String REQUEST_ID = "requestId";
    public static final String MUNICIPALITY = "municipality";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SubmissionService service;

    private final RequestService requestService;
    private final Map<Long, TextArea> fields = new LinkedHashMap<>();
    private final Map<Long, LocalDraftBackup> backups = new LinkedHashMap<>();
    private StatisticsForm statistics;
    private final Span saved = new Span();
    private final Div conflict = new Div();
    private long requestId;
    private String code;
    private int version;
    private String pageTitle = "";
    private String browserTitle = "";
    private final CycleService cycleService;
    private final CycleSections sections;
    private String municipalityName = "";
    private SubmissionHistory history;

    public SubmissionView(SubmissionService service, RequestService requestService, CycleService cycleService, CycleSections sections) {
        this.cycleService = cycleService;
        this.sections = sections;
        this.service = service;
        this.requestService = requestService;
        setId("submission-view");
        saved.setId("submission-saved");
        saved.addClassName("muted");
        conflict.setId("submission-conflict");
        conflict.addClassName("error-text");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(REQUEST_ID).orElse("");
        if (!raw.matches("\\d{1,18}")) {
            throw new NotFoundException(getTranslation("request.error.notFound", raw));
        }
        requestId = Long.parseLong(raw);
        code = event.getRouteParameters().get(MUNICIPALITY).orElse("");
        refresh();
    }

    private void refresh() {
        removeAll();
        fields.clear();
        backups.clear();
        statistics = null;
        conflict.setText("");
        Request request = requestService.request(requestId);
        Submission submission = service.submission(requestId, code);
        version = submission.version();
        pageTitle = request.title() + " – " + submission.municipalityName();
        String cycleTitle = cycleService.cycle(request.cycleId()).title();
        add(new CycleHeader(sections, request.cycleId(), cycleTitle, "requests", pageTitle));
        browserTitle = PageTitles.of(pageTitle, cycleTitle);
        municipalityName = submission.municipalityName();
        add(new H2(pageTitle));
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(UiClock.get()), submission.deadline());
        // Once submitted, or long past, the day is what matters: "passerad för 3158 dagar sedan" helps nobody
        boolean submitted = submission.status() == Submission.Status.SUBMITTED
                || submission.status() == Submission.Status.SUBMITTED_LATE;
        String deadlineText = submitted || daysLeft < -LONG_PAST_DAYS
                ? getTranslation("submission.deadline.date", submission.deadline().toString())
                : daysLeft > 0 ? getTranslation("submission.deadline", submission.deadline().toString(), daysLeft)
                : daysLeft == 0 ? getTranslation("submission.deadline.today", submission.deadline().toString())
                : getTranslation("submission.deadline.passed", submission.deadline().toString(), -daysLeft);
        Paragraph status = new Paragraph(getTranslation(submission.status().labelKey()) + " · " + deadlineText);
        status.setId("submission-status");
        add(status);
        if (request.instructions() != null) {
            add(new Paragraph(request.instructions()));
        }
        if (submission.reopenReason() != null && submission.editable()) {
            Paragraph reopened = new Paragraph(getTranslation("submission.reopenedBecause", submission.reopenReason()));
            reopened.addClassName("info-box");
            add(reopened);
        }
        boolean writable = submission.editable() && CurrentUser.require().role() == Role.MUNICIPAL_CONTACT
                && code.equals(CurrentUser.require().municipalityCode());
        if (!submission.submitted() && CurrentUser.require().role() == Role.SOCIAL_CHIEF) {
            // The service gives a social chief a draft's status only; say why the fields are empty
            Paragraph withheld = new Paragraph(getTranslation("submission.withheld"));
            withheld.setId("submission-withheld");
            withheld.addClassName("info-box");
            add(withheld);
        }
        for (Request.Question question : request.questions()) {
            TextArea field = new TextArea(question.position() + ". " + question.text());
            field.setMaxLength(TextLimit.TEXT.max());
            field.setId("answer-" + question.position());
            field.setWidthFull();
            field.setMinHeight("6rem");
            field.setValue(submission.answers().getOrDefault(question.id(), "") == null ? ""
                    : submission.answers().getOrDefault(question.id(), ""));
            field.setReadOnly(!writable);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(800);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveDraft();
                }
            });
            fields.put(question.id(), field);
            if (writable) {
                // A restored text saves like typed text: with this screen's version, so a colleague's newer save is refused
                LocalDraftBackup backup = new LocalDraftBackup(field, draftKey("q:" + question.id()), this::saveDraft);
                backups.put(question.id(), backup);
                add(backup);
            }
            add(field);
        }
        if (request.statistics() != null) {
            statistics = new StatisticsForm(request.statistics(), submission.counts(), submission.mismatchExplanation(),
                    writable ? draftKey("explanation") : null, this::saveStatistics);
            add(new H3(getTranslation("submission.statistics")), statistics);
        }
        add(saved, conflict);
        if (writable) {
            Button submit = new Button(getTranslation("submission.submit"), e -> Feedback.ask(
                    "confirm-submit-answer", getTranslation("feedback.submit.title"),
                    getTranslation("feedback.submit.text", submission.municipalityName()), getTranslation("submission.submit"),
                    this::submit));
            submit.setId("submit-answer");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        } else if (submission.submittedAt() != null) {
            Paragraph submittedBy = new Paragraph(getTranslation("submission.submittedBy",
                    PersonName.of(submission.submittedBy()), submission.submittedAt().toLocalDate().toString()));
            submittedBy.setId("submitted-by");
            add(submittedBy);
        }
        history = SubmissionHistory.mayRead(CurrentUser.require(), code) ? new SubmissionHistory(service, requestId, code) : null;
        if (history != null) {
            add(history);
        }
    }

    /** The browser's key of one of this submission's texts; the same municipality and request in every session. */
    private String draftKey(String what) {
        return "submission:" + requestId + ":" + code + ":" + what;
    }

    /** Saves the draft; public to the package so tests can save as the browser would after typing. */
    void saveDraft() {
        try {
            Map<Long, String> answers = answers();
            version = service.saveDraft(requestId, code, version, answers).version();
            backups.forEach((id, backup) -> backup.saved(answers.get(id)));
            saved.setText(getTranslation("compilation.savedAt", LocalTime.now(UiClock.get()).format(TIME)));
            conflict.setText("");
            reloadHistory();
        } catch (ConflictException ex) {
            conflict.setText(ex.getMessage());
        } catch (ValidationException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void saveStatistics(Map<StatisticsTable.Cell, Integer> counts, String explanation) {
        try {
            Map<Long, String> answers = answers();
            version = service.saveDraft(requestId, code, version, answers, counts, explanation).version();
            backups.forEach((id, backup) -> backup.saved(answers.get(id)));
            if (explanation != null && statistics != null) {
                statistics.explanationSaved(explanation);
            }
            saved.setText(getTranslation("compilation.savedAt", LocalTime.now(UiClock.get()).format(TIME)));
            conflict.setText("");
            reloadHistory();
        } catch (ConflictException ex) {
            conflict.setText(ex.getMessage());
        } catch (ValidationException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void submit() {
        try {
            Map<Long, String> answers = answers();
            service.submit(requestId, code, version, answers);
            backups.forEach((id, backup) -> backup.saved(answers.get(id)));
            Notifications.success(getTranslation("feedback.submitted", municipalityName));
            refresh();
        } catch (SubmitRefusedException ex) {
            // The draft was saved although the submit was refused: go on from its version, and say so
            version = ex.draft().version();
            backups.forEach((id, backup) -> backup.saved(ex.draft().answers().get(id)));
            saved.setText(getTranslation("compilation.savedAt", LocalTime.now(UiClock.get()).format(TIME)));
            conflict.setText(ex.getMessage());
            reloadHistory();
        } catch (ConflictException ex) {
            conflict.setText(ex.getMessage());
        } catch (ValidationException ex) {
            conflict.setText(ex.getMessage());
        }
    }

    private void reloadHistory() {
        if (history != null) {
            history.reload();
        }
    }

    private Map<Long, String> answers() {
        Map<Long, String> answers = new LinkedHashMap<>();
        fields.forEach((id, field) -> answers.put(id, field.getValue()));
        return answers;
    }

    @Override
    public String getPageTitle() {
        return browserTitle;
    }
}
