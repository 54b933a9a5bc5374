package se.fou.oj.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.UserService;

/**
 * One authorization matrix for the whole API ({@code src/test/resources/security/authorization-matrix.csv}): every
 * operation of the OpenAPI description, for each state that matters and each caller, the expected status and what the
 * body may show. Denial is thereby systematic: a new endpoint fails here until it has its rows.
 */
class AuthorizationMatrixIT extends IntegrationTest {

    /** The callers of the matrix and their demo users (password demo1234). */
    static final Map<String, String> CALLERS = callers();

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    private static AuthorizationFixtures fixtures;

    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    AnalysisFixture analysisFixture;
    @Autowired
    CycleService cycleService;
    @Autowired
    ResultsService resultsService;
    @Autowired
    SubmissionService submissionService;

    @Autowired
    RequestService requestService;
    @Autowired
    AnalysisReportService analysisService;
    @Autowired
    DecisionService decisionService;
    @Autowired
    DevelopmentAreaService developmentAreaService;
    @Autowired
    MeetingService meetingService;
    @Autowired
    UserService userService;
    @Autowired
    ActionPlanService actionPlanService;

    record MatrixRow(int line, String method, String path, String state, String caller, int status, String check) {

        String operation() {
            return method + " " + template();
        }

        /** The OpenAPI path: the row's path without its query. */
        String template() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + method + " " + path + " [" + state + "] as " + caller + " → " + status
                    + (check.isEmpty() ? "" : " (" + check + ")");
        }
    }

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("fou", "fou");
        callers.put("admin", "admin");
        callers.put("chief", "socialchef");
        callers.put("owner", "ekero");
        callers.put("other", "jarfalla");
        return callers;
    }

    static List<MatrixRow> matrix() {
        try (InputStream in = new ClassPathResource("security/authorization-matrix.csv").getInputStream()) {
            List<MatrixRow> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                assertThat(cells).as("line %d has method;path;state;caller;status;check", i + 1).hasSize(6);
                assertThat(CALLERS).as("line %d names a known caller", i + 1).containsKey(cells[3]);
                rows.add(new MatrixRow(i + 1, cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4]), cells[5]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation the running app describes, as "METHOD /path". */
    private Set<String> openApiOperations() throws IOException {
        ResponseEntity<String> response = rest.getForEntity("/api/v1/openapi", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode paths = objectMapper.readTree(response.getBody()).get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                if (Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                    operations.add(method + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    @Test
    void everyOperationOfTheOpenApiDescriptionHasRowsAndEveryRowAnOperation() throws IOException {
        Set<String> described = openApiOperations();
        Set<String> inMatrix = matrix().stream().map(MatrixRow::operation).collect(Collectors.toCollection(TreeSet::new));
        assertThat(described).as("operations of the OpenAPI description without a row in the authorization matrix")
                .isSubsetOf(inMatrix);
        assertThat(inMatrix).as("rows of the authorization matrix naming an operation the API does not describe")
                .isSubsetOf(described);
    }

    @Test
    void everyStateOfAnOperationNamesEveryCallerOnce() {
        Map<String, List<String>> callersByCase = new LinkedHashMap<>();
        for (MatrixRow row : matrix()) {
            callersByCase.computeIfAbsent(row.path() + " " + row.method() + " [" + row.state() + "]", k -> new ArrayList<>())
                    .add(row.caller());
        }
        callersByCase.forEach((key, callers) ->
                assertThat(callers).as(key).containsExactlyInAnyOrderElementsOf(CALLERS.keySet()));
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        if (fixtures == null) {
            fixtures = AuthorizationFixtures.build(new AuthorizationFixtures.Services(testData, analysisFixture,
                    cycleService, resultsService, submissionService, requestService, analysisService, decisionService,
                    developmentAreaService, meetingService, userService, actionPlanService));
        }
        return matrix().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    private void check(MatrixRow row) throws Exception {
        Map<String, String> variables = fixtures.variables(row.state());
        String path = resolve(row.path(), variables);
        String user = CALLERS.get(row.caller());
        ResponseEntity<byte[]> response = call(row.method(), path, user, variables);
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody();
        String shown = new String(body, StandardCharsets.UTF_8);
        assertThat(response.getStatusCode().value()).as("%s → %s", row, shown.substring(0, Math.min(300, shown.length())))
                .isEqualTo(row.status());
        if (!row.check().isEmpty()) {
            String municipality = "other".equals(row.caller()) ? "0123" : "0125";
            try {
                checkBody(row.check(), body, municipality);
            } catch (AssertionError e) {
                throw new AssertionError(row + ": " + e.getMessage(), e);
            }
        }
    }

    private static String resolve(String path, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            assertThat(value).as("the state gives {%s}", matcher.group(1)).isNotNull();
            matcher.appendReplacement(out, value);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private ResponseEntity<byte[]> call(String method, String path, String user, Map<String, String> variables) {
        if (method.equals("GET")) {
            return apiGet(user, path, MediaType.ALL);
        }
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo1234", StandardCharsets.UTF_8);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        byte[] body;
        if (path.contains("/action-plans/") || path.contains("/action-activities/")) {
            // An activity added to, or changed in, the owning municipality's plan: valid, so only authorization decides
            headers.setContentType(MediaType.APPLICATION_JSON);
            body = "{\"what\":\"Inför rutinen\",\"status\":\"ONGOING\"}".getBytes(StandardCharsets.UTF_8);
        } else if (method.equals("POST")) {
            // An import of the shared file: never replaces anything, since replace is not set
            headers.setContentType(MediaType.parseMediaType("text/csv"));
            body = TestData.ojCsvBytes(variables.get("areaName"));
        } else {
            // Ekerö's answer saved again as it reads now: valid, so only authorization decides
            long requestId = Long.parseLong(variables.get("requestId"));
            Submission current = SystemActor.call(() -> submissionService.submission(requestId, variables.get("municipalityCode")));
            long question = SystemActor.call(() -> requestService.request(requestId)).questions().get(0).id();
            headers.setContentType(MediaType.APPLICATION_JSON);
            body = ("{\"version\":" + current.version() + ",\"answers\":[{\"questionId\":" + question
                    + ",\"text\":\"Ekerös hemliga utkast.\"}],\"submit\":false}").getBytes(StandardCharsets.UTF_8);
        }
        return rest.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), byte[].class);
    }

    /** What a body must (not) show; {@code own} is the calling contact's municipality. */
    private void checkBody(String check, byte[] body, String own) throws Exception {
        switch (check) {
            case "whole-region" -> {
                JsonNode eb02 = jsonRow(body, "EB02");
                assertThat(eb02.get("answers")).hasSize(8);
                assertThat(eb02.get("regionalAverage").get("value").asInt()).isEqualTo(75);
            }
            case "own-only" -> {
                for (JsonNode row : objectMapper.readTree(body)) {
                    assertThat(row.get("answers")).hasSize(1);
                    assertThat(row.get("answers").get(0).get("municipalityCode").asText()).isEqualTo(own);
                    assertThat(row.get("regionalAverage").isNull()).isTrue();
                }
            }
            case "previous-region" -> {
                // EB02: 87,5 % in 2017, 75 % in 2018 (exact, as published); Ekerö fulfilled it in 2017 only
                JsonNode change = jsonRow(body, "EB02").get("change");
                assertThat(change.get("regionalAverageBefore").decimalValue()).isEqualByComparingTo("87.5");
                assertThat(change.get("percentagePoints").decimalValue()).isEqualByComparingTo("-12.5");
                assertThat(answerOf(jsonRow(body, "EB02"), "0125").get("previousAnswer").asText()).isEqualTo("JA");
            }
            case "no-previous-region" -> {
                // 2018 is published, so every municipality's 2018 answer is there; of 2017 only the caller's own
                for (JsonNode row : objectMapper.readTree(body)) {
                    assertThat(row.get("answers")).hasSize(8);
                    assertThat(row.get("regionalAverage").isNull()).isFalse();
                    JsonNode change = row.get("change");
                    assertThat(change.get("previousYear").asInt()).isEqualTo(2017);
                    assertThat(change.get("regionalAverageBefore").isNull()).as("2017 average of %s", row.get("code")).isTrue();
                    assertThat(change.get("percentagePoints").isNull()).isTrue();
                    assertThat(change.get("direction").isNull()).isTrue();
                    for (JsonNode answer : row.get("answers")) {
                        if (!answer.get("municipalityCode").asText().equals(own)) {
                            assertThat(answer.get("previousAnswer").isNull()).as("2017 answer of %s", answer).isTrue();
                            assertThat(answer.get("direction").isNull()).isTrue();
                        }
                    }
                }
                assertThat(answerOf(jsonRow(body, "EB02"), own).get("previousAnswer").isNull()).isFalse();
            }
            case "csv-region" -> assertThat(csvHeader(body)).contains("Snitt").contains("Sundbyberg");
            case "csv-own-only" -> assertThat(csvHeader(body)).doesNotContain("Snitt").doesNotContain("Sundbyberg");
            case "csv-previous-region" -> assertThat(csvHeader(body)).contains("Snitt 2017", "Förändring (pe)");
            case "csv-no-previous-region" -> assertThat(csvHeader(body)).contains("Snitt", "Sundbyberg")
                    .doesNotContain("Snitt 2017").doesNotContain("Förändring");
            case "xlsx-region" -> assertThat(xlsxHeader(body)).contains("Snitt (%)", "Sundbyberg");
            case "xlsx-own-only" -> assertThat(xlsxHeader(body)).doesNotContain("Snitt (%)", "Sundbyberg");
            case "xlsx-previous-region" -> assertThat(xlsxHeader(body)).contains("Snitt 2017 (%)", "Förändring (pe)");
            case "xlsx-no-previous-region" -> assertThat(xlsxHeader(body)).contains("Snitt (%)", "Sundbyberg")
                    .doesNotContain("Snitt 2017 (%)", "Förändring (pe)");
            case "pdf" -> assertThat(pdfText(body)).isNotBlank();
            case "pdf-previous-year" -> assertThat(pdfText(body)).contains("Jämfört med 2017");
            case "pdf-no-previous-year" -> assertThat(pdfText(body)).isNotBlank().doesNotContain("Jämfört med 2017");
            case "empty-list" -> assertThat(objectMapper.readTree(body)).isEmpty();
            case "non-empty-list" -> assertThat(objectMapper.readTree(body)).isNotEmpty();
            case "with-text" -> assertThat(objectMapper.readTree(body).get("answers").toString()).contains("Ekerös hemliga utkast.");
            case "status-only" -> {
                JsonNode submission = objectMapper.readTree(body);
                assertThat(submission.get("status").asText()).isIn("DRAFT", "LATE");
                assertThat(submission.get("answers")).isEmpty();
                assertThat(submission.get("counts")).isEmpty();
                assertThat(submission.get("mismatchExplanation").isNull()).isTrue();
                assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("hemliga");
            }
            default -> throw new AssertionError("unknown check " + check);
        }
    }

    private JsonNode jsonRow(byte[] body, String code) throws IOException {
        for (JsonNode row : objectMapper.readTree(body)) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static JsonNode answerOf(JsonNode row, String municipalityCode) {
        for (JsonNode answer : row.get("answers")) {
            if (answer.get("municipalityCode").asText().equals(municipalityCode)) {
                return answer;
            }
        }
        throw new AssertionError("no answer of " + municipalityCode + " in " + row);
    }

    private static String csvHeader(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    private static List<String> xlsxHeader(byte[] body) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> cells = new ArrayList<>();
            for (Cell cell : header) {
                cells.add(cell.getStringCellValue());
            }
            return cells;
        }
    }

    private static String pdfText(byte[] body) throws IOException {
        try (PDDocument document = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
