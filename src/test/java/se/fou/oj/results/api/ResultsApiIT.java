package se.fou.oj.results.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.cycle.Cycle;

/** The API over real HTTP with Basic auth: the same rules as the screens, problem+json errors in Swedish. */
class ResultsApiIT extends IntegrationTest {

    private static final String PASSWORD = "demo1234";


    @Autowired
    ObjectMapper objectMapper;

    private ResponseEntity<String> get(String user, String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8);
        }
        headers.setAccept(List.of(accept));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> postCsv(String user, long cycleId, String csv, boolean replace) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return rest.exchange("/api/v1/cycles/" + cycleId + "/results" + (replace ? "?replace=true" : ""), HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private Cycle importedUnpublishedCycle() {
        Cycle cycle = testData.newCycle();
        assertThat(postCsv("fou", cycle.id(), TestData.ojCsv(cycle.areaName()), false).getStatusCode()).isEqualTo(HttpStatus.OK);
        return cycle;
    }

    @Test
    void withoutCredentialsIs401ProblemJson() throws Exception {
        ResponseEntity<String> response = get(null, "/api/v1/cycles", MediaType.APPLICATION_JSON);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(objectMapper.readTree(response.getBody()).get("detail").asText()).startsWith("Inloggning krävs");
    }

    @Test
    void cyclesAreATopLevelArrayWithIds() throws Exception {
        JsonNode cycles = objectMapper.readTree(get("ekero", "/api/v1/cycles", MediaType.APPLICATION_JSON).getBody());
        assertThat(cycles.isArray()).isTrue();
        JsonNode demo = null;
        for (JsonNode c : cycles) {
            if (c.get("area").asText().equals("Ekonomiskt bistånd") && c.get("year").asInt() == 2018) {
                demo = c;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(demo.get("id").asLong()).isPositive();
        assertThat(demo.get("stage").asText()).isEqualTo("FOLLOW_UP");
    }

    @Test
    void resultsAsJsonCarryTheComputedRegionalAverage() throws Exception {
        long id = testData.demoCycle().id();
        JsonNode rows = objectMapper.readTree(get("fou", "/api/v1/cycles/" + id + "/results", MediaType.APPLICATION_JSON).getBody());
        assertThat(rows).hasSize(35);
        JsonNode eb15 = rows.get(14);
        assertThat(eb15.get("code").asText()).isEqualTo("EB15");
        assertThat(eb15.get("regionalAverage").get("value").isNumber()).isTrue();
        assertThat(eb15.get("regionalAverage").get("value").decimalValue()).isEqualByComparingTo("37.5");
        assertThat(eb15.get("regionalAverage").get("display").asText()).isEqualTo("37,5 %");
        // The published 2018 compilation's figures, as decimal numbers: EB08 5 of 8, EB13 3 of 8
        assertThat(rows.get(7).get("code").asText()).isEqualTo("EB08");
        assertThat(rows.get(7).get("regionalAverage").get("value").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(rows.get(7).get("regionalAverage").get("display").asText()).isEqualTo("62,5 %");
        assertThat(rows.get(12).get("code").asText()).isEqualTo("EB13");
        assertThat(rows.get(12).get("regionalAverage").get("value").decimalValue()).isEqualByComparingTo("37.5");
        // A whole share is a whole number, never 75.0
        assertThat(rows.get(1).get("regionalAverage").get("value").toString()).isEqualTo("75");
        assertThat(eb15.get("regionalAverage").get("fulfilled").asInt()).isEqualTo(3);
        assertThat(eb15.get("answers")).hasSize(8);
        assertThat(eb15.get("comparisons").get("RIKET").toString()).isEqualTo("30");
    }

    @Test
    void resultsAsCsvByAcceptHeaderAndBySuffix() {
        long id = testData.demoCycle().id();
        ResponseEntity<String> byAccept = get("fou", "/api/v1/cycles/" + id + "/results", MediaType.parseMediaType("text/csv"));
        assertThat(byAccept.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAccept.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(byAccept.getBody()).contains(";Snitt (%);").contains("EB15;");
        ResponseEntity<String> bySuffix = get("fou", "/api/v1/cycles/" + id + "/results.csv", MediaType.ALL);
        assertThat(bySuffix.getBody()).isEqualTo(byAccept.getBody());
    }

    @Test
    void ekeroContactGetsNoJarfallaDataBeforePublication() throws Exception {
        Cycle cycle = importedUnpublishedCycle();
        ResponseEntity<String> other = get("ekero", "/api/v1/cycles/" + cycle.id() + "/results?municipality=0123",
                MediaType.APPLICATION_JSON);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(objectMapper.readTree(other.getBody()).get("detail").asText()).isEqualTo("Du har inte behörighet till detta.");

        String all = get("ekero", "/api/v1/cycles/" + cycle.id() + "/results", MediaType.APPLICATION_JSON).getBody();
        assertThat(all).contains("Ekerö").doesNotContain("Järfälla").doesNotContain("regionalAverage\":{");
        String csv = get("ekero", "/api/v1/cycles/" + cycle.id() + "/results.csv", MediaType.ALL).getBody();
        assertThat(csv).contains("Ekerö").doesNotContain("Järfälla");
    }

    @Test
    void onlyFouImportsAndReimportNeedsReplace() throws Exception {
        Cycle cycle = importedUnpublishedCycle();
        String csv = TestData.ojCsv(cycle.areaName());
        assertThat(postCsv("ekero", cycle.id(), csv, true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postCsv("socialchef", cycle.id(), csv, true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> conflict = postCsv("fou", cycle.id(), csv, false);
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(objectMapper.readTree(conflict.getBody()).get("detail").asText()).contains("replace=true");
        assertThat(postCsv("fou", cycle.id(), csv, true).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void badFileIs400WithEveryProblem() throws Exception {
        Cycle cycle = testData.newCycle();
        String bad = TestData.ojCsv(cycle.areaName()).replace(";Solna;", ";Täby;");
        ResponseEntity<String> response = postCsv("fou", cycle.id(), bad, false);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = objectMapper.readTree(response.getBody());
        assertThat(problem.get("problems").get(0).asText()).isEqualTo("Rad 1, kolumn 10: Okänd kommun eller jämförelseenhet ”Täby”.");
    }

    @Test
    void multipartXlsxImport() throws Exception {
        Cycle cycle = testData.newCycle();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("fou", PASSWORD, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(TestData.ojXlsx(cycle.areaName())) {
            @Override
            public String getFilename() {
                return "oj.xlsx";
            }
        });
        ResponseEntity<String> response = rest.exchange("/api/v1/cycles/" + cycle.id() + "/results", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(objectMapper.readTree(response.getBody()).get("indicatorCount").asInt()).isEqualTo(35);
    }

    @Test
    void unknownCycleIs404AndOpenApiIsServed() {
        assertThat(get("fou", "/api/v1/cycles/999999/results", MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> openApi = get(null, "/api/v1/openapi", MediaType.APPLICATION_JSON);
        assertThat(openApi.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(openApi.getBody()).contains("/api/v1/cycles/{cycleId}/results");
    }
}
