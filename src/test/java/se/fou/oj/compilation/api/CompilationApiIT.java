package se.fou.oj.compilation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.results.ResultsService;

class CompilationApiIT extends IntegrationTest {


    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    ResultsService resultsService;

    @Autowired
    CompilationService compilationService;

    private ResponseEntity<byte[]> get(String user, String path) {
        return apiGet(user, path);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void municipalContactSeesTheCompilationOnlyOncePublished() throws Exception {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        String path = "/api/v1/cycles/" + cycle.id() + "/compilation.pdf";

        ResponseEntity<byte[]> before = get("ekero", path);
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(before.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = objectMapper.readTree(before.getBody());
        assertThat(problem.get("detail").asText()).isEqualTo("Sammanställningen är inte publicerad ännu.");

        ResponseEntity<byte[]> draft = get("fou", path);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draft.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(text(draft.getBody())).contains("UTKAST");

        SystemActor.run(() -> compilationService.publish(cycle.id()));
        ResponseEntity<byte[]> after = get("ekero", path);
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
        String published = text(after.getBody());
        assertThat(published).contains("Järfälla").contains("Version 1").doesNotContain("UTKAST");

        JsonNode versions = objectMapper.readTree(get("socialchef", "/api/v1/cycles/" + cycle.id() + "/compilation/versions").getBody());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(get("jarfalla", "/api/v1/cycles/" + cycle.id() + "/compilation/versions/1.pdf").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("jarfalla", "/api/v1/cycles/" + cycle.id() + "/compilation/versions/7.pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
