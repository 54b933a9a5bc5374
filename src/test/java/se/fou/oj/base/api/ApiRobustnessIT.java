package se.fou.oj.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;

/**
 * Every endpoint of the OpenAPI description, sent what a careless or hostile client sends: ids that are not numbers
 * or too large for one, unknown values of query parameters, empty, malformed, wrongly typed and oversized bodies, a
 * wrong or missing Content-Type, a method the path does not have; and addresses that do not exist. Nothing may answer
 * 5xx, and every error is {@code application/problem+json} with a Swedish detail. Every body sent is invalid, so no
 * demo data changes.
 */
class ApiRobustnessIT extends IntegrationTest {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "-1");
    /** Words of Spring's and the container's English defaults that must never reach a client. */
    private static final List<String> ENGLISH_DEFAULTS = List.of("Failed to", "Required", "not supported",
            "Bad Request", "Not Found", "Internal Server Error", "No static resource", "Content-Type",
            "Method Not Allowed", "Unsupported Media Type", "Payload Too Large", "Maximum upload size");
    private static final Pattern SWEDISH = Pattern.compile("[åäöÅÄÖ]|\\b(inte|finns|saknas|och|för|att|är)\\b");

    private final ObjectMapper json = new ObjectMapper();

    @org.springframework.beans.factory.annotation.Autowired
    RequestService requestService;

    @org.springframework.beans.factory.annotation.Autowired
    MockMvc mvc;
    private final SoftAssertions softly = new SoftAssertions();
    private int requestsSent;

    @Test
    void noEndpointAnswers5xxAndEveryErrorIsSwedishProblemJson() throws Exception {
        JsonNode paths = json.readTree(apiGet(null, "/api/v1/openapi", MediaType.APPLICATION_JSON).getBody()).get("paths");
        Map<String, String> goodValues = goodPathValues();
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                operations.add(method + " " + path.getKey());
                JsonNode operation = path.getValue().get(method.toLowerCase());
                fuzz(path.getKey(), HttpMethod.valueOf(method), operation, goodValues);
            }
            for (HttpMethod missing : List.of(HttpMethod.DELETE)) {
                if (!path.getValue().has(missing.name().toLowerCase())) {
                    String url = fill(path.getKey(), goodValues, null);
                    expectError(send("fou", missing, url, MediaType.APPLICATION_JSON, "{}".getBytes()), 405, missing + " " + url);
                }
            }
        }
        assertThat(operations).as("the description lists the API").contains("GET /api/v1/cycles",
                "PUT /api/v1/requests/{requestId}/submissions/{municipalityCode}", "POST /api/v1/cycles/{cycleId}/results");

        for (String unknown : List.of("/api/v1/nope", "/api/v1/cycles/" + goodValues.get("cycleId") + "/nope",
                "/api/v2/cycles", "/api/v1/cycles/1/results/extra", "/api/")) {
            expectError(send("fou", HttpMethod.GET, unknown, null, null), 404, "GET " + unknown);
            expectError(send("fou", HttpMethod.POST, unknown, MediaType.APPLICATION_JSON, "{}".getBytes()), 404,
                    "POST " + unknown);
        }
        ResponseEntity<byte[]> errorPage = send(null, HttpMethod.GET, "/error", null, null);
        softly.assertThat(errorPage.getStatusCode().value()).as("GET /error, not logged in").isLessThan(500);

        assertThat(requestsSent).as("requests sent").isGreaterThan(100);
        softly.assertAll();
    }

    @Test
    void theErrorPageCalledDirectlyByALoggedInUserIsASwedish404() throws Exception {
        var json404 = mvc.perform(MockMvcRequestBuilders.get("/error")
                        .with(SecurityMockMvcRequestPostProcessors.user("fou"))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(json404.getStatus()).isEqualTo(404);
        assertThat(json404.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(json404.getContentAsString(StandardCharsets.UTF_8)).get("detail").asText())
                .isEqualTo("Det du söker finns inte.");
        var html404 = mvc.perform(MockMvcRequestBuilders.get("/error")
                        .with(SecurityMockMvcRequestPostProcessors.user("fou"))
                        .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(html404.getStatus()).isEqualTo(404);
        assertThat(html404.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>Fel 404</h1>", "Det du söker finns inte.");
    }

    @Test
    void aTooHighVersionIsAConflictThatSaysWhichVersionExists() throws Exception {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(
                cycle.id(), new RequestDraft("Version", null, List.of("Vad vet vi?"),
                        LocalDate.now().plusDays(5), null)));
        String path = "/api/v1/requests/" + request.id() + "/submissions/0125";
        ResponseEntity<byte[]> neverSaved = send("ekero", HttpMethod.PUT, path, MediaType.APPLICATION_JSON,
                "{\"version\":987654,\"answers\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(neverSaved.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(neverSaved.getBody()).get("detail").asText()).isEqualTo("Versionen 987654 av svaret "
                + "finns inte: den senast sparade är 0. Ingenting är skrivet över. Läs svaret på nytt och spara med den versionen.");

        assertThat(send("ekero", HttpMethod.PUT, path, MediaType.APPLICATION_JSON,
                "{\"version\":0,\"answers\":[]}".getBytes(StandardCharsets.UTF_8)).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<byte[]> tooHigh = send("ekero", HttpMethod.PUT, path, MediaType.APPLICATION_JSON,
                "{\"version\":5,\"answers\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(tooHigh.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(tooHigh.getBody()).get("detail").asText())
                .startsWith("Versionen 5 av svaret finns inte: den senast sparade är 1.");
    }

    @Test
    void aRawImportOverTheLimitIs413BeforeAnythingIsParsed() throws Exception {
        String cycleId = goodPathValues().get("cycleId");
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        ResponseEntity<byte[]> response = send("fou", HttpMethod.POST, "/api/v1/cycles/" + cycleId + "/results",
                MediaType.parseMediaType("text/csv"), big);
        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(json.readTree(response.getBody()).get("detail").asText())
                .isEqualTo("Innehållet är för stort: högst 5 MB tas emot.");
    }

    private void fuzz(String template, HttpMethod method, JsonNode operation, Map<String, String> goodValues) {
        String good = fill(template, goodValues, null);
        List<String> pathVariables = variables(template);
        for (String variable : pathVariables) {
            for (String bad : BAD_IDS) {
                String url = fill(template, goodValues, Map.of(variable, bad));
                check(send("fou", method, url, MediaType.APPLICATION_JSON, method == HttpMethod.GET ? null : "{".getBytes()),
                        method + " " + url);
            }
        }
        JsonNode parameters = operation.get("parameters");
        boolean hasQuery = parameters != null && parameters.toString().contains("\"in\":\"query\"");
        if (method == HttpMethod.GET) {
            for (String user : List.of("fou", "ekero")) {
                check(send(user, method, good, null, null), user + " GET " + good);
            }
            if (hasQuery) {
                check(send("fou", method, good + "?municipality=zzzz&replace=maybe", null, null), "GET " + good + " with junk parameters");
            }
            check(sendAccepting("fou", good, "image/png"), "GET " + good + " Accept: image/png");
        }
        if (method == HttpMethod.GET) {
            return;
        }
        boolean hasReplace = parameters != null && parameters.toString().contains("\"replace\"");
        byte[] oversized = oversizedJson();
        Map<String, byte[]> jsonBodies = new LinkedHashMap<>();
        jsonBodies.put("empty", new byte[0]);
        jsonBodies.put("malformed", "{\"version\": 1, \"answers\": [".getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("array", "[]".getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("empty object", "{}".getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("wrong types", "{\"version\":\"abc\",\"answers\":\"x\",\"submit\":\"maybe\"}".getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("wrong nested types", "{\"version\":1,\"answers\":[{\"questionId\":\"x\",\"text\":5}],\"counts\":[{\"count\":\"many\"}]}"
                .getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("huge number", "{\"version\":99999999999999999999,\"answers\":[]}".getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("unknown question", "{\"version\":-5,\"answers\":[{\"questionId\":-1,\"text\":\"x\"}]}".getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("oversized", oversized);
        // Everything as the user the endpoint is for (FoU imports, a contact answers), a few things as the other
        String owner = template.contains("submissions") ? "ekero" : "fou";
        String other = owner.equals("fou") ? "ekero" : "fou";
        for (Map.Entry<String, byte[]> body : jsonBodies.entrySet()) {
            check(send(owner, method, good, MediaType.APPLICATION_JSON, body.getValue()),
                    owner + " " + method + " " + good + " JSON " + body.getKey());
        }
        Map<String, MediaType> types = new LinkedHashMap<>();
        types.put("text/plain", MediaType.TEXT_PLAIN);
        types.put("XML", MediaType.APPLICATION_XML);
        types.put("broken multipart", MediaType.MULTIPART_FORM_DATA);
        types.put("CSV", MediaType.parseMediaType("text/csv"));
        types.put("XLSX", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Map<String, byte[]> contents = Map.of("text/plain", "hej".getBytes(StandardCharsets.UTF_8),
                "XML", "<a/>".getBytes(StandardCharsets.UTF_8), "broken multipart", "--x\r\n".getBytes(StandardCharsets.UTF_8),
                "CSV", "inte;en;resultatfil\n\u0000\u0001;;".getBytes(StandardCharsets.UTF_8),
                "XLSX", "PK\u0003\u0004trasig".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, MediaType> type : types.entrySet()) {
            check(send(owner, method, good, type.getValue(), contents.get(type.getKey())),
                    owner + " " + method + " " + good + " " + type.getKey());
        }
        check(send(owner, method, good, null, "x".getBytes(StandardCharsets.UTF_8)), owner + " " + method + " " + good
                + " without Content-Type");
        check(send(owner, method, good, MediaType.parseMediaType("text/csv"), new byte[0]), owner + " " + method + " "
                + good + " empty CSV");
        check(send(other, method, good, MediaType.APPLICATION_JSON, jsonBodies.get("wrong types")), other + " " + method
                + " " + good + " wrong types");
        check(send(other, method, good, MediaType.parseMediaType("text/csv"), contents.get("CSV")), other + " " + method
                + " " + good + " CSV");
        if (hasReplace) {
            check(send(owner, method, good + "?replace=maybe", MediaType.parseMediaType("text/csv"), "x".getBytes()),
                    owner + " " + method + " " + good + "?replace=maybe");
        }
    }

    private static byte[] oversizedJson() {
        StringBuilder text = new StringBuilder(6 * 1024 * 1024 + 100);
        text.append("{\"version\":0,\"answers\":[{\"questionId\":1,\"text\":\"");
        text.append("å".repeat(3 * 1024 * 1024));
        text.append("\"}],\"mismatchExplanation\":null,\"submit\":false}");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Ids that exist in the demo data, found through the API itself. */
    private Map<String, String> goodPathValues() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode cycles = json.readTree(apiGet("fou", "/api/v1/cycles", MediaType.APPLICATION_JSON).getBody());
        long first = Long.MAX_VALUE;
        for (JsonNode cycle : cycles) {
            first = Math.min(first, cycle.get("id").asLong()); // the demo cycle, created first
        }
        String cycleId = String.valueOf(first);
        values.put("cycleId", cycleId);
        JsonNode requests = json.readTree(apiGet("fou", "/api/v1/cycles/" + cycleId + "/requests", MediaType.APPLICATION_JSON).getBody());
        values.put("requestId", requests.isEmpty() ? "1" : requests.get(0).get("id").asText());
        JsonNode meetings = json.readTree(apiGet("fou", "/api/v1/cycles/" + cycleId + "/meetings", MediaType.APPLICATION_JSON).getBody());
        values.put("id", meetings.isEmpty() ? "1" : meetings.get(0).get("id").asText());
        JsonNode areas = json.readTree(apiGet("fou", "/api/v1/cycles/" + cycleId + "/improvement-areas", MediaType.APPLICATION_JSON).getBody());
        values.put("areaId", areas.isEmpty() ? "1" : areas.get(0).get("id").asText());
        values.put("municipalityCode", "0125");
        values.put("version", "1");
        return values;
    }

    private static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String fill(String template, Map<String, String> good, Map<String, String> override) {
        Matcher matcher = PATH_VARIABLE.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = override != null && override.containsKey(name) ? override.get(name) : good.getOrDefault(name, "1");
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    private ResponseEntity<byte[]> send(String user, HttpMethod method, String url, MediaType contentType, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8);
        }
        if (contentType != null) {
            headers.setContentType(contentType);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        requestsSent++;
        return rest.exchange(URI.create(rest.getRootUri() + url), method, new HttpEntity<>(body, headers), byte[].class);
    }

    private ResponseEntity<byte[]> sendAccepting(String user, String url, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8);
        headers.set(HttpHeaders.ACCEPT, accept);
        requestsSent++;
        return rest.exchange(URI.create(rest.getRootUri() + url), HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private void check(ResponseEntity<byte[]> response, String what) {
        int status = response.getStatusCode().value();
        softly.assertThat(status).as("%s answers below 500", what).isLessThan(500);
        if (status >= 400) {
            expectProblem(response, what);
        }
    }

    private void expectError(ResponseEntity<byte[]> response, int status, String what) {
        softly.assertThat(response.getStatusCode().value()).as(what).isEqualTo(status);
        expectProblem(response, what);
    }

    private void expectProblem(ResponseEntity<byte[]> response, String what) {
        MediaType type = response.getHeaders().getContentType();
        softly.assertThat(type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type))
                .as("%s (%s) is problem+json, was %s", what, response.getStatusCode(), type).isTrue();
        if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
            return;
        }
        String detail;
        try {
            JsonNode node = json.readTree(response.getBody());
            detail = node.path("detail").asText("");
        } catch (IOException e) {
            softly.fail("%s: the problem is not JSON", what);
            return;
        }
        softly.assertThat(detail).as("%s: detail", what).isNotBlank();
        softly.assertThat(SWEDISH.matcher(detail).find()).as("%s: detail in Swedish: %s", what, detail).isTrue();
        for (String english : ENGLISH_DEFAULTS) {
            softly.assertThat(detail).as("%s: no English default", what).doesNotContain(english);
        }
    }
}
