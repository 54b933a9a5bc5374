package se.fou.oj.submission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/** A contact's request list shows her municipality's status and offers "Svara" only while there is something to answer. */
class ContactRequestListKT extends KaribuTest {

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    private void openRequests(Cycle cycle) {
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/requests");
    }

    @Test
    void aContactAnswersThenSeesHerAnswerAsSubmitted() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Rutiner " + cycle.id(),
                null, List.of("Hur gör ni?"), LocalDate.now().plusDays(10), null)));
        login("ekero");
        openRequests(cycle);
        assertThat(_get(Span.class, s -> s.withId("request-status-" + request.id())).getText()).isEqualTo("Inte påbörjad");
        Button answer = _get(Button.class, s -> s.withId("answer-request-" + request.id()));
        assertThat(answer.getText()).isEqualTo("Svara");

        service.saveDraft(request.id(), "0125", 0, Map.of(request.questions().get(0).id(), "Ett utkast"));
        openRequests(cycle);
        assertThat(_get(Span.class, s -> s.withId("request-status-" + request.id())).getText()).isEqualTo("Utkast");
        assertThat(_get(Button.class, s -> s.withId("answer-request-" + request.id())).getText()).isEqualTo("Svara");

        service.submit(request.id(), "0125", 1, Map.of(request.questions().get(0).id(), "Vårt svar"));
        openRequests(cycle);
        assertThat(_get(Span.class, s -> s.withId("request-status-" + request.id())).getText()).isEqualTo("Inskickad");
        Button view = _get(Button.class, s -> s.withId("answer-request-" + request.id()));
        assertThat(view.getText()).isEqualTo("Visa svar");
        _click(view);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("requests/" + request.id() + "/submissions/0125");
    }

    @Test
    void aLateAnswerIsMarkedLateAndStillOffersToAnswer() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Sent " + cycle.id(),
                null, List.of("Hur gör ni?"), LocalDate.now().minusDays(1), null)));
        login("jarfalla");
        openRequests(cycle);
        assertThat(_get(Span.class, s -> s.withId("request-status-" + request.id())).getText()).isEqualTo("Försenad");
        assertThat(_get(Button.class, s -> s.withId("answer-request-" + request.id())).getText()).isEqualTo("Svara");
        // The other municipalities' answers are hidden, and she is told until when
        assertThat(_get(Paragraph.class, s -> s.withId("compiled-hidden-" + request.id())).getText())
                .isEqualTo("De sammanställda svaren visas när alla kommuners svar är publicerade.");
        _assertNone(Button.class, s -> s.withId("compiled-" + request.id()));

        SystemActor.run(() -> requestService.publishAnswers(request.id()));
        openRequests(cycle);
        _assertNone(Paragraph.class, s -> s.withId("compiled-hidden-" + request.id()));
        _get(Button.class, s -> s.withId("compiled-" + request.id()));
    }
}
