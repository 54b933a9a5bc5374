package se.fou.oj.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.developmentarea.DevelopmentArea;

/** The action plans through the API: read by every role, written only where the screen lets one write (else 403). */
class ActionPlanApiIT extends IntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    ApplicationContext context;

    private ResponseEntity<String> call(HttpMethod method, String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    private static JsonNode plan(JsonNode plans, String municipality) {
        for (JsonNode plan : plans.get("plans")) {
            if (municipality.equals(plan.get("municipalityName").asText())) {
                return plan;
            }
        }
        throw new AssertionError(municipality);
    }

    @Test
    void everyRoleReadsThePlansAndAContactWritesOnlyHerOwn() throws Exception {
        DevelopmentArea area = DecidedAreas.decided(context, testData);
        String path = "/api/v1/improvement-areas/" + area.id() + "/action-plans";
        for (String user : new String[] {"ekero", "socialchef", "fou"}) {
            assertThat(call(HttpMethod.GET, user, path, null).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(call(HttpMethod.GET, null, path, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode plans = objectMapper.readTree(call(HttpMethod.GET, "ekero", path, null).getBody());
        assertThat(plans.get("plans").get(0).get("municipalityName").asText()).isEqualTo("Ekerö");
        JsonNode ekero = plan(plans, "Ekerö");
        JsonNode jarfalla = plan(plans, "Järfälla");
        assertThat(ekero.get("activities")).hasSize(3);
        assertThat(ekero.get("progress").get("counted").asInt()).isEqualTo(3);

        String activity = "{\"what\":\"Ta fram en checklista\",\"responsiblePerson\":\"Eva Kontaktperson\",\"dueOn\":\"2021-06-30\"}";
        ResponseEntity<String> added = call(HttpMethod.POST, "ekero", path + "/" + ekero.get("id").asLong() + "/activities", activity);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(objectMapper.readTree(added.getBody()).get("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(call(HttpMethod.POST, "ekero", path + "/" + jarfalla.get("id").asLong() + "/activities", activity)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long theirs = jarfalla.get("activities").get(0).get("id").asLong();
        String done = "{\"what\":\"Gör en överenskommelse med vårdcentralen\",\"status\":\"DONE\"}";
        assertThat(call(HttpMethod.PUT, "ekero", "/api/v1/action-activities/" + theirs, done).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.PUT, "socialchef", "/api/v1/action-activities/" + theirs, done).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> refused = call(HttpMethod.PUT, "jarfalla", "/api/v1/action-activities/" + theirs,
                "{\"what\":\"x\",\"status\":\"DROPPED\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Skriv varför aktiviteten avbröts.");
        ResponseEntity<String> updated = call(HttpMethod.PUT, "jarfalla", "/api/v1/action-activities/" + theirs, done);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode after = plan(objectMapper.readTree(call(HttpMethod.GET, "fou", path, null).getBody()), "Järfälla");
        assertThat(after.get("progress").get("done").asInt()).isEqualTo(1);
        assertThat(after.get("progress").get("share").decimalValue()).isEqualByComparingTo("50");
        // A plan addressed under another area is not found there
        assertThat(call(HttpMethod.POST, "fou", "/api/v1/improvement-areas/" + (area.id() + 1000) + "/action-plans/"
                + ekero.get("id").asLong() + "/activities", activity).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
