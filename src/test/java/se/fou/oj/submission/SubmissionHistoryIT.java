package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.fou.oj.submission.RequestAnswers.answers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditFilter;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.cycle.Cycle;

/**
 * A changed answer in the audit log, field by field, and its history: the municipality's own contacts, FoU and the
 * administrators read it; another municipality's contact and a social chief are denied, and the denial is audited.
 */
class SubmissionHistoryIT extends IntegrationTest {

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    @Autowired
    AuditService audit;

    private Request request() {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        return requestService.createRequest(cycle.id(), new RequestDraft("Ohälsa och försörjning", "Svara utifrån oktober.",
                List.of("Vad vet vi i vår kommun?", "Vad har vi för statistik?"), LocalDate.now().plusDays(7), null));
    }

    @Test
    void eachSaveRecordsTheAnswersItChangedBeforeAndAfterAndTheOwnContactReadsTheHistory() {
        Request request = request();
        loginAs("ekero");
        int version = service.saveDraft(request.id(), "0125", 0, answers(request, "Många har ohälsa.")).version();
        version = service.saveDraft(request.id(), "0125", version, answers(request, "Många har ohälsa.",
                "Orsakskoder för oktober.")).version();
        version = service.saveDraft(request.id(), "0125", version, answers(request, "Många har psykisk ohälsa.",
                "Orsakskoder för oktober.")).version();
        version = service.saveDraft(request.id(), "0125", version, answers(request, "Många har psykisk ohälsa.",
                "Orsakskoder för oktober.")).version();
        service.submit(request.id(), "0125", version, answers(request, "Många har psykisk ohälsa.", "Orsakskoder för oktober."));

        List<AuditEntry> history = service.history(request.id(), "0125");
        assertThat(history).extracting(AuditEntry::action).as("newest first; a save that changed nothing left no line")
                .containsExactly("SUBMIT", "SAVE", "SAVE", "SAVE");
        assertThat(history).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("ekero");
            assertThat(e.subject()).isEqualTo("Ohälsa och försörjning – Ekerö");
        });
        assertThat(history.get(0).changes()).containsExactly(
                new AuditChanges.Change("status", "DRAFT", "SUBMITTED", "submission.status.", false));
        assertThat(history.get(1).changes()).containsExactly(
                new AuditChanges.Change("answer:1", "Många har ohälsa.", "Många har psykisk ohälsa.", null, false));
        assertThat(history.get(2).changes()).containsExactly(
                new AuditChanges.Change("answer:2", null, "Orsakskoder för oktober.", null, false));
        assertThat(history.get(3).changes()).containsExactly(
                new AuditChanges.Change("answer:1", null, "Många har ohälsa.", null, false));

        // The log shows the same entries to FoU, by the answer's object id
        loginAs("fou");
        assertThat(audit.page(new AuditFilter(null, "submission", request.id() + "/0125", null, null, null), 0, 10))
                .isEqualTo(history);
        assertThat(service.history(request.id(), "0125")).isEqualTo(history);
        loginAs("admin");
        assertThat(service.history(request.id(), "0125")).isEqualTo(history);
    }

    @Test
    void anotherMunicipalitysContactAndASocialChiefAreDeniedTheHistoryAndTheDenialIsAudited() {
        Request request = request();
        loginAs("ekero");
        service.saveDraft(request.id(), "0125", 0, answers(request, "Vårt utkast."));

        loginAs("jarfalla");
        assertThatThrownBy(() -> service.history(request.id(), "0125")).isInstanceOf(AccessDeniedException.class);
        assertThat(service.history(request.id(), "0123")).as("her own municipality's, not started").isEmpty();
        loginAs("socialchef-ekero");
        assertThatThrownBy(() -> service.history(request.id(), "0125")).isInstanceOf(AccessDeniedException.class);

        loginAs("fou");
        List<AuditEntry> denials = audit.page(new AuditFilter("jarfalla", "access", null, null, null, null), 0, 1);
        assertThat(denials).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DENIED");
            assertThat(e.subject()).isEqualTo("readSubmissionHistory");
        });
        assertThat(audit.page(new AuditFilter("socialchef-ekero", "access", null, null, null, null), 0, 1))
                .singleElement().extracting(AuditEntry::subject).isEqualTo("readSubmissionHistory");
    }

    @Test
    void theApiGivesTheOwnContactTheHistoryBeforeAndAfterAndRefusesAnotherMunicipalitysContact() {
        Request request = request();
        loginAs("ekero");
        int version = service.saveDraft(request.id(), "0125", 0, answers(request, "Första texten.")).version();
        service.saveDraft(request.id(), "0125", version, answers(request, "Andra texten."));
        String path = "/api/v1/requests/" + request.id() + "/submissions/0125/history";

        var own = apiGet("ekero", path);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        String body = new String(own.getBody(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"action\":\"SAVE\"", "\"user\":\"ekero\"",
                "{\"field\":\"answer:1\",\"before\":\"Första texten.\",\"after\":\"Andra texten.\"}",
                "{\"field\":\"answer:1\",\"before\":null,\"after\":\"Första texten.\"}");
        assertThat(body.indexOf("Andra texten.")).as("newest first").isLessThan(body.indexOf("\"before\":null"));
        assertThat(apiGet("fou", path).getStatusCode().value()).isEqualTo(200);
        assertThat(apiGet("jarfalla", path).getStatusCode().value()).isEqualTo(403);
        assertThat(apiGet("socialchef", path).getStatusCode().value()).isEqualTo(403);
        assertThat(apiGet(null, path).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anApiDenialOfAnotherMunicipalitysDraftIsStillA403AndIsAudited() {
        Request request = request();
        loginAs("ekero");
        service.saveDraft(request.id(), "0125", 0, answers(request, "Vårt utkast."));
        loginAs("fou");
        int before = audit.count(new AuditFilter("solna", "access", null, null, null, null));

        assertThat(apiGet("solna", "/api/v1/requests/" + request.id() + "/submissions/0125").getStatusCode().value())
                .isEqualTo(403);

        loginAs("fou");
        assertThat(audit.count(new AuditFilter("solna", "access", null, null, null, null))).isEqualTo(before + 1);
    }
}
