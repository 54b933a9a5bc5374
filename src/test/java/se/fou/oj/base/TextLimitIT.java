package se.fou.oj.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentAreaDraft;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

/**
 * Every text has a stated maximum: a text of exactly the maximum is saved whole (in the worst case of bytes per
 * character), one character more is refused with a Swedish message naming the field, and what was saved before stays.
 */
class TextLimitIT extends IntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    SubmissionService submissions;

    @Autowired
    RequestService requestService;

    @Autowired
    DevelopmentAreaService developmentAreas;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService users;

    @Test
    void everyTextColumnHoldsTheLongestTextInItsWorstCaseOfBytes() {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, "
                + "CHARACTER_OCTET_LENGTH FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND DATA_TYPE IN ('tinytext', 'text', 'mediumtext', 'longtext')");
        assertThat(columns).hasSizeGreaterThan(20);
        for (Map<String, Object> column : columns) {
            assertThat(((Number) column.get("CHARACTER_OCTET_LENGTH")).longValue())
                    .as("%s.%s", column.get("TABLE_NAME"), column.get("COLUMN_NAME"))
                    .isGreaterThanOrEqualTo(3L * TextLimit.TEXT.max());
        }
    }

    @Test
    void anAnswerOfTheMaximumIsSavedWholeAndOneCharacterMoreIsRefusedInSwedishKeepingTheSavedOne() throws Exception {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Längd",
                null, List.of("Beskriv arbetet."), LocalDate.now().plusDays(5), null)));
        long question = request.questions().get(0).id();
        String path = "/api/v1/requests/" + request.id() + "/submissions/0125";
        String longest = "€".repeat(TextLimit.TEXT.max()); // three bytes each in utf8mb4: 60,000 bytes

        ResponseEntity<String> saved = put(path, 0, question, longest);
        assertThat(saved.getStatusCode().value()).isEqualTo(200);
        JsonNode answer = objectMapper.readTree(saved.getBody()).get("answers").get(0);
        assertThat(answer.get("text").asText()).isEqualTo(longest);

        ResponseEntity<String> refused = put(path, 1, question, longest + "x");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(objectMapper.readTree(refused.getBody()).get("detail").asText()).isEqualTo(
                "”Svaret på fråga 1” får vara högst 20\u00a0000 tecken men är 20\u00a0001 tecken. Korta texten och spara igen; "
                        + "det som redan är sparat finns kvar.");

        ResponseEntity<String> explanation = rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(
                "{\"version\":1,\"answers\":[],\"mismatchExplanation\":\"" + "a".repeat(70_000) + "\"}", headers()), String.class);
        assertThat(explanation.getStatusCode().value()).isEqualTo(400);
        assertThat(objectMapper.readTree(explanation.getBody()).get("detail").asText())
                .startsWith("”Förklaring om en uppdelning inte summerar till totalen” får vara högst 20\u00a0000 tecken");

        JsonNode kept = objectMapper.readTree(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class).getBody());
        assertThat(kept.get("version").asInt()).isEqualTo(1);
        assertThat(kept.get("answers").get(0).get("text").asText()).isEqualTo(longest);
    }

    @Test
    void aServiceRefusesAnOverLongTextWithTheFieldTheMaximumAndTheLength() {
        Cycle cycle = testData.demoCycle();
        String code = firstIndicatorCode(cycle.id());
        String need = "n".repeat(TextLimit.TEXT.max() + 5);
        assertThatThrownBy(() -> SystemActor.run(() -> developmentAreas.propose(cycle.id(),
                new DevelopmentAreaDraft("t".repeat(TextLimit.TITLE.max() + 1), need, null, List.of(code), null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("”Utvecklingsområde” får vara högst 200 tecken men är 201 tecken.")
                .hasMessageContaining("”Behovet bakom” får vara högst 20\u00a0000 tecken men är 20\u00a0005 tecken.");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedInsteadOfCutSilently() {
        String password = "lösenord".repeat(10); // 80 characters, 90 bytes
        assertThatThrownBy(() -> SystemActor.run(() -> users.createUser(new UserDraft("langt.losen",
                "Lång Lösen", null, Role.FOU, null, true, password))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Lösenordet är för långt: högst 72 byte (tecken utan å, ä, ö räknas som ett, de räknas som två).");
    }

    private String firstIndicatorCode(long cycleId) {
        return jdbc.queryForObject("SELECT code FROM indicator WHERE cycle_id = ? ORDER BY id LIMIT 1", String.class, cycleId);
    }

    private ResponseEntity<String> put(String path, int version, long question, String text) throws Exception {
        String body = objectMapper.writeValueAsString(Map.of("version", version,
                "answers", List.of(Map.of("questionId", question, "text", text))));
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers()), String.class);
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("ekero", "demo1234", StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }
}
