package se.fou.oj.submission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.base.ui.AccessDeniedView;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.start.ui.StartView;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;

class SubmissionViewKT extends KaribuTest {

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    private static void open(Request request, String code) {
        UI.getCurrent().navigate(SubmissionView.class, new RouteParameters(
                new RouteParam(SubmissionView.REQUEST_ID, String.valueOf(request.id())),
                new RouteParam(SubmissionView.MUNICIPALITY, code)));
    }

    @Test
    void jarfallaReadsEkerosSubmittedAnswerOnceTheAnswersArePublishedButNeverSolnasDraft() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Öppenhet", null,
                List.of("Vad vet vi?"), LocalDate.now().minusDays(1), null)));
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> service.submit(request.id(), "0125", 0,
                Map.of(request.questions().get(0).id(), "Ekerös svar")));
        AppUserPrincipal solna = (AppUserPrincipal) userDetailsService.loadUserByUsername("solna");
        SystemActor.callAs(solna, () -> service.saveDraft(request.id(), "0184", 0,
                Map.of(request.questions().get(0).id(), "Solnas utkast")));
        login("jarfalla");
        open(request, "0125");
        LocatorJ._assertOne(AccessDeniedView.class);
        SystemActor.run(() -> requestService.publishAnswers(request.id()));
        open(request, "0125");
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).getValue()).isEqualTo("Ekerös svar");
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).isReadOnly()).isTrue();
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).getMaxLength())
                .as("the screen takes what the service takes").isEqualTo(TextLimit.TEXT.max());
        open(request, "0184");
        LocatorJ._assertOne(AccessDeniedView.class);
        _assertNone(TextArea.class);
    }

    @Test
    void thePublishButtonWaitsUntilEveryoneHasSubmittedOrTheDeadlineHasPassed() {
        Cycle cycle = testData.newCycle();
        Request open = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Pågår", null,
                List.of("Vad vet vi?"), LocalDate.now().plusDays(4), null)));
        Request passed = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Passerad", null,
                List.of("Vad vet vi?"), LocalDate.now().minusDays(2), null)));
        login("fou");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/requests");
        assertThat(_get(Button.class, s -> s.withId("publish-answers-" + open.id())).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("publish-waiting-" + open.id())).getText())
                .startsWith("Svaren kan publiceras när sista dagen har passerat eller alla kommuner har skickat in. Väntar på: ")
                .contains("Ekerö (sista dag " + open.deadline() + ")", "Upplands Väsby (sista dag " + open.deadline() + ")");
        Button publish = _get(Button.class, s -> s.withId("publish-answers-" + passed.id()));
        assertThat(publish.isEnabled()).isTrue();
        _assertNone(Paragraph.class, s -> s.withId("publish-waiting-" + passed.id()));
        _click(publish);
        confirm("confirm-publish-answers");
        _assertNone(Button.class, s -> s.withId("publish-answers-" + passed.id()));
        assertThat(requestService.request(passed.id()).answersPublished()).isTrue();
        assertThat(requestService.request(open.id()).answersPublished()).isFalse();
    }

    @Test
    void fouReopensASubmittedAnswerFromTheMatrixWithAReason() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Matris", null,
                List.of("Vad vet vi?"), LocalDate.now().plusDays(10), null)));
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> service.submit(request.id(), "0125", 0, Map.of(request.questions().get(0).id(), "Klart")));
        login("fou");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/requests");
        @SuppressWarnings("unchecked")
        Grid<Submission> matrix = _get(Grid.class,
                s -> s.withId("matrix-" + request.id()));
        assertThat(GridKt._getFormatted(matrix, 0, "status")).isEqualTo("Inskickad");
        _click((Button) GridKt._getCellComponent(matrix, 0, "actions"));
        _get(TextField.class, s -> s.withId("reopen-reason")).setValue("Komplettera statistiken");
        _click(_get(Button.class, s -> s.withId("reopen-confirm")));
        @SuppressWarnings("unchecked")
        Grid<Submission> after = _get(Grid.class,
                s -> s.withId("matrix-" + request.id()));
        assertThat(GridKt._getFormatted(after, 0, "status")).isEqualTo("Öppnad igen");
    }

    @Test
    void countsShowTheirSharesAndAMismatchIsPointedOutAndKept() {
        Cycle cycle = testData.newCycle();
        var template = StatisticsTable.causeCodes();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Statistik", null,
                List.of("Vad har vi för statistik?"), LocalDate.now().plusDays(10), null, template.rowsText(),
                template.breakdownsText())));
        login("ekero");
        open(request, "0125");
        _setValue(_get(IntegerField.class, s -> s.withId("count-021-Totalt-Alla")), 7);
        _setValue(_get(IntegerField.class, s -> s.withId("count-021-Kön-Män")), 3);
        _setValue(_get(IntegerField.class, s -> s.withId("count-021-Kön-Kvinnor")), 3);
        _setValue(_get(IntegerField.class, s -> s.withId("count-023-Totalt-Alla")), 23);
        _setValue(_get(IntegerField.class, s -> s.withId("count-023-Kön-Män")), 11);
        _setValue(_get(IntegerField.class, s -> s.withId("count-023-Kön-Kvinnor")), 12);
        // A share of its column, as the published report computes it: 3 of the 14 men, 3 of the 15 women, 7 of all 30
        assertThat(shareBeside("count-021-Kön-Män")).contains("21 %");
        assertThat(shareBeside("count-021-Kön-Kvinnor")).contains("20 %");
        assertThat(shareBeside("count-021-Totalt-Alla")).contains("23 %");
        assertThat(_get(UnorderedList.class, s -> s.withId("statistics-mismatches"))
                .getElement().getTextRecursively()).isEqualTo("021, Kön: uppdelningen summerar till 6 men totalen är 7.");

        // Submitting without an explanation is refused, naming the row and saying truthfully that the draft is saved
        _setValue(_get(TextArea.class, s -> s.withId("answer-1")), "Vi har orsakskoderna.");
        _click(_get(Button.class, s -> s.withId("submit-answer")));
        confirm("confirm-submit-answer");
        assertThat(_get(Div.class, s -> s.withId("submission-conflict")).getText())
                .startsWith("Inte inskickat: en uppdelning summerar inte till totalen (rad 021, Kön: summerar till 6, totalen är 7).")
                .contains("Svaret är sparat som utkast");
        var draft = service.submission(request.id(), "0125");
        assertThat(draft.status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(draft.answers()).containsValue("Vi har orsakskoderna.");

        // Explained, the same screen submits from the version its refused submit saved (no conflict with itself)
        _setValue(_get(TextArea.class, s -> s.withId("statistics-explanation")), "En person saknar uppgift om kön.");
        _click(_get(Button.class, s -> s.withId("submit-answer")));
        confirm("confirm-submit-answer");
        var submitted = service.submission(request.id(), "0125");
        assertThat(submitted.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(submitted.mismatchExplanation()).isEqualTo("En person saknar uppgift om kön.");

        // Back later: the figures are as entered
        UI.getCurrent().navigate(StartView.class);
        open(request, "0125");
        assertThat(_get(IntegerField.class, s -> s.withId("count-021-Kön-Kvinnor")).getValue())
                .isEqualTo(3);
    }

    /** The text of a count's cell: the field and its computed share. */
    private static String shareBeside(String fieldId) {
        return _get(IntegerField.class, s -> s.withId(fieldId)).getParent().orElseThrow()
                .getElement().getTextRecursively();
    }

    @Test
    void aDeadlineLongPastOrAnsweredIsGivenByItsDateNotByThousandsOfDays() {
        login("fou");
        Request illHealth = requestService.requests(testData.demoCycle().id()).stream()
                .filter(r -> r.title().equals("Klienter vars hinder för egen försörjning är ohälsa")).findFirst().orElseThrow();
        // Sigtuna never answered the 2018 request; Ekerö answered in time
        open(illHealth, "0191");
        assertThat(_get(Paragraph.class, s -> s.withId("submission-status")).getText())
                .isEqualTo("Försenad · sista dag " + illHealth.deadline()).doesNotContain("passerad");
        open(illHealth, "0125");
        assertThat(_get(Paragraph.class, s -> s.withId("submission-status")).getText())
                .isEqualTo("Inskickad · sista dag " + illHealth.deadline());
    }

    @Test
    void ekeroAnswersLeavesComesBackMeetsAStaleSaveAndSubmits() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Ohälsa och försörjning",
                null, List.of("Vad vet vi i vår kommun?", "Vad har vi för statistik?"), LocalDate.now().plusDays(10), null)));
        login("ekero");
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, s -> s.withText("Svara på Ohälsa och försörjning")));
        assertThat(_get(Paragraph.class, s -> s.withId("submission-status")).getText())
                .isEqualTo("Inte påbörjad · sista dag " + LocalDate.now().plusDays(10) + " (10 dagar kvar)");
        _setValue(_get(TextArea.class, s -> s.withId("answer-1")), "Många klienter har ohälsa.");

        // Leaves and comes back: the draft is there
        UI.getCurrent().navigate(StartView.class);
        open(request, "0125");
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).getValue()).isEqualTo("Många klienter har ohälsa.");
        assertThat(_get(Paragraph.class, s -> s.withId("submission-status")).getText()).startsWith("Utkast");

        // A colleague saves meanwhile (as through the API); this screen's next save is refused and says so
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        SystemActor.callAs(ekero, () -> service.saveDraft(request.id(), "0125", 1,
                Map.of(request.questions().get(1).id(), "Orsakskoder 021–032.")));
        _setValue(_get(TextArea.class, s -> s.withId("answer-2")), "Min egen statistiktext.");
        assertThat(_get(Div.class, s -> s.withId("submission-conflict")).getText())
                .startsWith("Någon annan har sparat svaret efter att du öppnade det (Eva Kontaktperson kl.");

        UI.getCurrent().navigate(StartView.class);
        open(request, "0125");
        assertThat(_get(TextArea.class, s -> s.withId("answer-2")).getValue()).isEqualTo("Orsakskoder 021–032.");
        _click(_get(Button.class, s -> s.withId("submit-answer")));
        // Submitting cannot be undone: it asks first, and nothing is submitted until confirmed
        ConfirmDialog asked = _get(ConfirmDialog.class, s -> s.withId("confirm-submit-answer"));
        assertThat(asked.getElement().getProperty("message")).isEqualTo(
                "Svaret för Ekerö låses när det är inskickat. Bara FoU kan öppna det igen.");
        assertThat(service.submission(request.id(), "0125").status()).isEqualTo(Submission.Status.DRAFT);
        confirm("confirm-submit-answer");
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("Svaret är inskickat för Ekerö."));
        assertThat(_get(Paragraph.class, s -> s.withId("submission-status")).getText()).startsWith("Inskickad");
        assertThat(_get(Paragraph.class, s -> s.withId("submitted-by")).getText()).startsWith("Inskickat av Eva Kontaktperson den ");
        assertThat(_get(TextArea.class, s -> s.withId("answer-1")).isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("submit-answer"));
    }
}
