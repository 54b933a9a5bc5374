package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;

/** A municipality answering from its own system: the same rules and checks as the form. */
class SubmissionApiIT extends IntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    private ResponseEntity<String> call(HttpMethod method, String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    @Test
    void aContactPutsTheirOwnAnswerAndIsRefusedAnotherMunicipalitysOrAStaleVersion() throws Exception {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Statistik",
                null, List.of("Vad har vi för statistik?"), LocalDate.now().plusDays(5), null)));
        long question = request.questions().get(0).id();
        JsonNode requests = objectMapper.readTree(call(HttpMethod.GET, "jarfalla", "/api/v1/cycles/" + cycle.id() + "/requests", null)
                .getBody());
        assertThat(requests.get(0).get("questions").get(0).get("id").asLong()).isEqualTo(question);

        String path = "/api/v1/requests/" + request.id() + "/submissions/";
        String body = "{\"version\":0,\"answers\":[{\"questionId\":" + question + ",\"text\":\"Orsakskoder 021–032\"}]}";
        ResponseEntity<String> saved = call(HttpMethod.PUT, "ekero", path + "0125", body);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(objectMapper.readTree(saved.getBody()).get("version").asInt()).isEqualTo(1);

        assertThat(call(HttpMethod.PUT, "jarfalla", path + "0125", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.GET, "jarfalla", path + "0125", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> stale = call(HttpMethod.PUT, "ekero", path + "0125", body);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(objectMapper.readTree(stale.getBody()).get("detail").asText()).startsWith("Någon annan har sparat svaret");

        ResponseEntity<String> submitted = call(HttpMethod.PUT, "ekero", path + "0125",
                "{\"version\":1,\"submit\":true,\"answers\":[{\"questionId\":" + question + ",\"text\":\"Orsakskoder 021–032\"}]}");
        assertThat(objectMapper.readTree(submitted.getBody()).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(call(HttpMethod.PUT, "ekero", path + "0125", "{\"answers\":[]}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void countsTravelThroughTheApiWithComputedSharesAndTheSameChecks() throws Exception {
        Cycle cycle = testData.newCycle();
        StatisticsTable table = StatisticsTable.causeCodes();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Statistik via API",
                null, List.of("Vad har vi för statistik?"), LocalDate.now().plusDays(5), null, table.rowsText(),
                table.breakdownsText())));
        String path = "/api/v1/requests/" + request.id() + "/submissions/0123";
        String counts = "[{\"row\":\"021\",\"breakdown\":\"Totalt\",\"category\":\"Alla\",\"count\":9},"
                + "{\"row\":\"021\",\"breakdown\":\"Kön\",\"category\":\"Män\",\"count\":4}]";
        ResponseEntity<String> saved = call(HttpMethod.PUT, "jarfalla", path,
                "{\"version\":0,\"answers\":[],\"counts\":" + counts + "}");
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = objectMapper.readTree(saved.getBody());
        // The only man entered is in 021: 4 of the 4 men in the column
        assertThat(body.get("counts").get(1).get("share").asText()).isEqualTo("100 %");
        ResponseEntity<String> negative = call(HttpMethod.PUT, "jarfalla", path, "{\"version\":1,\"answers\":[],\"counts\":"
                + "[{\"row\":\"021\",\"breakdown\":\"Kön\",\"category\":\"Kvinnor\",\"count\":-2}]}");
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(objectMapper.readTree(negative.getBody()).get("detail").asText())
                .isEqualTo("Antal ska vara hela tal, noll eller större.");
    }

    /**
     * The answer carries the breakdowns that do not sum, as the screen shows them; a refused submit says what was saved;
     * an explanation is there only while there is a mismatch, and a PUT with none clears it.
     */
    @Test
    void mismatchesTravelThroughTheApiAndARefusedSubmitTellsWhatWasSaved() throws Exception {
        Cycle cycle = testData.newCycle();
        StatisticsTable table = StatisticsTable.causeCodes();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Avvikelser via API",
                null, List.of("Vad har vi för statistik?"), LocalDate.now().plusDays(5), null, table.rowsText(),
                table.breakdownsText())));
        long question = request.questions().get(0).id();
        String path = "/api/v1/requests/" + request.id() + "/submissions/0123";
        String answers = "[{\"questionId\":" + question + ",\"text\":\"Orsakskoderna för oktober\"}]";
        String counts = "[{\"row\":\"023\",\"breakdown\":\"Totalt\",\"category\":\"Alla\",\"count\":159},"
                + "{\"row\":\"023\",\"breakdown\":\"Kön\",\"category\":\"Män\",\"count\":71},"
                + "{\"row\":\"023\",\"breakdown\":\"Kön\",\"category\":\"Kvinnor\",\"count\":80}]";

        ResponseEntity<String> refused = call(HttpMethod.PUT, "jarfalla", path,
                "{\"version\":0,\"submit\":true,\"answers\":" + answers + ",\"counts\":" + counts + "}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = objectMapper.readTree(refused.getBody());
        assertThat(problem.get("detail").asText()).startsWith("Inte inskickat: en uppdelning summerar inte till totalen "
                + "(rad 023, Kön: summerar till 151, totalen är 159).").contains("Svaret är sparat som utkast (version 1)");
        assertThat(problem.get("saved").asBoolean()).isTrue();
        assertThat(problem.get("version").asInt()).isEqualTo(1);
        assertThat(problem.get("mismatches").get(0).get("row").asText()).isEqualTo("023");

        // What the refusal said was saved is there, as a draft, with the mismatch named
        JsonNode draft = objectMapper.readTree(call(HttpMethod.GET, "jarfalla", path, null).getBody());
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("version").asInt()).isEqualTo(1);
        assertThat(draft.get("answers").get(0).get("text").asText()).isEqualTo("Orsakskoderna för oktober");
        JsonNode mismatch = draft.get("mismatches").get(0);
        assertThat(mismatch.get("row").asText()).isEqualTo("023");
        assertThat(mismatch.get("breakdown").asText()).isEqualTo("Kön");
        assertThat(mismatch.get("sum").asInt()).isEqualTo(151);
        assertThat(mismatch.get("total").asInt()).isEqualTo(159);
        assertThat(draft.get("mismatches")).hasSize(1);

        JsonNode explained = objectMapper.readTree(call(HttpMethod.PUT, "jarfalla", path, "{\"version\":1,\"answers\":"
                + answers + ",\"mismatchExplanation\":\"Åtta klienter saknar uppgift om kön.\"}").getBody());
        assertThat(explained.get("mismatchExplanation").asText()).isEqualTo("Åtta klienter saknar uppgift om kön.");
        // A PUT with no explanation clears it: it is not left behind for a later submit or print
        JsonNode cleared = objectMapper.readTree(call(HttpMethod.PUT, "jarfalla", path, "{\"version\":2,\"answers\":"
                + answers + ",\"mismatchExplanation\":null}").getBody());
        assertThat(cleared.get("mismatchExplanation").isNull()).isTrue();
        assertThat(SystemActor.call(() -> service.submission(request.id(), "0123")).mismatchExplanation()).isNull();

        // Corrected figures: no mismatch, and an explanation sent along is not printed
        JsonNode corrected = objectMapper.readTree(call(HttpMethod.PUT, "jarfalla", path, "{\"version\":3,\"answers\":"
                + answers + ",\"counts\":[{\"row\":\"023\",\"breakdown\":\"Kön\",\"category\":\"Kvinnor\","
                + "\"count\":88}],\"mismatchExplanation\":\"Gammal förklaring\"}").getBody());
        assertThat(corrected.get("mismatches")).isEmpty();
        assertThat(corrected.get("mismatchExplanation").isNull()).isTrue();
        JsonNode submitted = objectMapper.readTree(call(HttpMethod.PUT, "jarfalla", path, "{\"version\":4,\"submit\":true,"
                + "\"answers\":" + answers + "}").getBody());
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("counts").get(2).get("share").asText()).isEqualTo("100 %");
    }

    @Test
    void afterPublishingAContactGetsAnotherMunicipalitysSubmittedAnswerButNotItsDraft() throws Exception {
        Cycle cycle = testData.newCycle();
        // The deadline has passed for all but Ekerö, which was given more time and submits in time
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Publiceras via API",
                null, List.of("Vad vet vi?"), LocalDate.now().minusDays(1), null)));
        SystemActor.run(() -> requestService.extendDeadline(request.id(), "0125", LocalDate.now().plusDays(3)));
        long question = request.questions().get(0).id();
        String path = "/api/v1/requests/" + request.id() + "/submissions/";
        assertThat(call(HttpMethod.PUT, "ekero", path + "0125", "{\"version\":0,\"submit\":true,\"answers\":[{\"questionId\":"
                + question + ",\"text\":\"Ekerös inskickade svar\"}]}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(HttpMethod.PUT, "solna", path + "0184", "{\"version\":0,\"answers\":[{\"questionId\":"
                + question + ",\"text\":\"Solnas utkast\"}]}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(HttpMethod.GET, "jarfalla", path + "0125", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        SystemActor.run(() -> requestService.publishAnswers(request.id()));
        ResponseEntity<String> ekeros = call(HttpMethod.GET, "jarfalla", path + "0125", null);
        assertThat(ekeros.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = objectMapper.readTree(ekeros.getBody());
        assertThat(body.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(body.get("answers").get(0).get("text").asText()).isEqualTo("Ekerös inskickade svar");

        // Solna's draft stays Solna's: 403 like any other municipality's data a contact may not read
        ResponseEntity<String> draft = call(HttpMethod.GET, "jarfalla", path + "0184", null);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(draft.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(draft.getBody()).doesNotContain("Solnas utkast");
        assertThat(objectMapper.readTree(draft.getBody()).get("detail").asText()).isEqualTo("Du har inte behörighet till detta.");
        assertThat(call(HttpMethod.GET, "solna", path + "0184", null).getBody()).contains("Solnas utkast");
        assertThat(call(HttpMethod.GET, "fou", path + "0184", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
