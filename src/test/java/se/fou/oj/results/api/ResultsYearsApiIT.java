package se.fou.oj.results.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;

/** The change since the previous year in the results JSON, and the results as XLSX, over real HTTP. */
class ResultsYearsApiIT extends IntegrationTest {

    private static final String PASSWORD = "demo1234";
    private static final MediaType XLSX = MediaType.parseMediaType(ResultsApiController.XLSX);


    @Autowired
    ObjectMapper objectMapper;

    private <T> ResponseEntity<T> get(String user, String path, MediaType accept, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8);
        headers.setAccept(List.of(accept));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }

    private JsonNode json(String user, long cycleId) throws Exception {
        ResponseEntity<String> response = get(user, "/api/v1/cycles/" + cycleId + "/results", MediaType.APPLICATION_JSON,
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return objectMapper.readTree(response.getBody());
    }

    private static JsonNode answerOf(JsonNode row, String municipalityCode) {
        for (JsonNode answer : row.get("answers")) {
            if (answer.get("municipalityCode").asText().equals(municipalityCode)) {
                return answer;
            }
        }
        throw new AssertionError("no answer of " + municipalityCode + " in " + row);
    }

    @Test
    void resultsJsonCarriesTheChangeSinceThePreviousYear() throws Exception {
        TestData.TwoYears years = testData.twoYears();
        JsonNode eb02 = json("fou", years.later().id()).get(1);
        assertThat(eb02.get("code").asText()).isEqualTo("EB02");
        JsonNode change = eb02.get("change");
        assertThat(change.get("previousYear").asInt()).isEqualTo(2017);
        // Decimal numbers, exact: 87.5 then, 12.5 points down
        assertThat(change.get("regionalAverageBefore").isNumber()).isTrue();
        assertThat(change.get("regionalAverageBefore").decimalValue()).isEqualByComparingTo("87.5");
        assertThat(change.get("percentagePoints").decimalValue()).isEqualByComparingTo("-12.5");
        assertThat(change.get("direction").asText()).isEqualTo("WORSE");
        assertThat(answerOf(eb02, "0125").get("previousAnswer").asText()).isEqualTo("JA");
        assertThat(answerOf(eb02, "0125").get("direction").asText()).isEqualTo("WORSE");
        assertThat(answerOf(eb02, "0123").get("direction").asText()).isEqualTo("UNCHANGED");

        // The earlier year has nothing to compare with
        assertThat(json("fou", years.earlier().id()).get(1).get("change").isNull()).isTrue();
    }

    @Test
    void aMunicipalContactGetsOnlyTheirOwnChangeBeforePublication() throws Exception {
        TestData.TwoYears years = testData.twoYears();
        JsonNode eb02 = json("ekero", years.later().id()).get(1);
        assertThat(eb02.get("answers")).hasSize(1);
        assertThat(answerOf(eb02, "0125").get("previousAnswer").asText()).isEqualTo("JA");
        assertThat(answerOf(eb02, "0125").get("direction").asText()).isEqualTo("WORSE");
        JsonNode change = eb02.get("change");
        assertThat(change.get("previousYear").asInt()).isEqualTo(2017);
        assertThat(change.get("regionalAverageBefore").isNull()).isTrue();
        assertThat(change.get("percentagePoints").isNull()).isTrue();
        assertThat(change.get("direction").isNull()).isTrue();
    }

    @Test
    void resultsAsXlsxBySuffixAndByAcceptHeader() throws Exception {
        TestData.TwoYears years = testData.twoYears();
        String path = "/api/v1/cycles/" + years.later().id() + "/results";
        ResponseEntity<byte[]> bySuffix = get("fou", path + ".xlsx", MediaType.ALL, byte[].class);
        assertThat(bySuffix.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bySuffix.getHeaders().getContentType().isCompatibleWith(XLSX)).isTrue();
        ResponseEntity<byte[]> byAccept = get("fou", path, XLSX, byte[].class);
        assertThat(byAccept.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAccept.getHeaders().getContentType().isCompatibleWith(XLSX)).isTrue();

        for (byte[] body : List.of(bySuffix.getBody(), byAccept.getBody())) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                Row header = workbook.getSheetAt(0).getRow(0);
                assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Ekerö");
                assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Snitt 2017 (%)");
                assertThat(header.getCell(16).getStringCellValue()).isEqualTo("Förändring (pe)");
                Row eb02 = workbook.getSheetAt(0).getRow(2);
                assertThat(eb02.getCell(2).getStringCellValue()).isEqualTo("EB02");
                assertThat(eb02.getCell(12).getNumericCellValue()).isEqualTo(75.0);
                assertThat(eb02.getCell(15).getNumericCellValue()).isEqualTo(87.5);
                assertThat(eb02.getCell(16).getNumericCellValue()).isEqualTo(-12.5);
            }
        }

        // A contact's workbook before publication: their own column only, no regional figures
        byte[] own = get("ekero", path + ".xlsx", MediaType.ALL, byte[].class).getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Ekerö");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Stockholm (%)");
            assertThat(header.getLastCellNum()).isEqualTo((short) 7);
        }
    }
}
