package se.fou.oj.decision;

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

/**
 * The demo cycle's decision through the API: two improvement areas decided (one by the quorum, one recorded from the
 * social chiefs' meeting) with their plans, and the short analysis PDF with the API's access rules.
 */
class DemoDecisionApiIT extends IntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    private ResponseEntity<byte[]> get(String user, String path) {
        return apiGet(user, path);
    }

    @Test
    void theDemoCycleHasTwoDecidedImprovementAreasWithPlans() throws Exception {
        long cycleId = testData.demoCycle().id();
        ResponseEntity<byte[]> response = get("ekero", "/api/v1/cycles/" + cycleId + "/improvement-areas");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode areas = objectMapper.readTree(response.getBody());
        assertThat(areas.isArray()).isTrue();
        assertThat(areas).hasSize(2);
        JsonNode first = areas.get(0);
        assertThat(first.get("id").asLong()).isPositive();
        assertThat(first.get("title").asText()).isEqualTo("Klienter vars hinder för egen försörjning är ohälsa");
        assertThat(first.get("approvals")).hasSize(5);
        assertThat(first.get("recordedOnBehalfOfGroup").asBoolean()).isFalse();
        assertThat(first.get("startsOn").asText()).isEqualTo("2018-09-01");
        assertThat(first.get("responsibilities").get(1).get("municipality").asText()).isEqualTo("Järfälla");
        JsonNode second = areas.get(1);
        assertThat(second.get("title").asText()).isEqualTo("Genomförandeplaner tillsammans med den enskilde");
        assertThat(second.get("recordedOnBehalfOfGroup").asBoolean()).isTrue();
        assertThat(second.get("meetingId").asLong()).isPositive();
        assertThat(second.get("decidedBy").asText()).isEqualTo("Fredrik Uppföljare");

        assertThat(get(null, "/api/v1/cycles/" + cycleId + "/improvement-areas").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("ekero", "/api/v1/cycles/999999/improvement-areas").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAnalysisPdfFollowsTheReportsAccessRules() throws Exception {
        long cycleId = testData.demoCycle().id();
        String path = "/api/v1/cycles/" + cycleId + "/analysis.pdf";
        ResponseEntity<byte[]> chief = get("socialchef", path);
        assertThat(chief.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chief.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(chief.getBody())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Kort analys Ekonomiskt bistånd 2018", "skickad för beslut",
                    "Ekerö: De flesta klienterna med ohälsa", "7 (14 %)",
                    "Socialstyrelsen (2015). Nationella riktlinjer för vård och stöd vid missbruk och beroende.")
                    .doesNotContain("UTKAST", "Vi håller på att ta fram uppgifterna.");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Kort analys Ekonomiskt bistånd 2018");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        }
        // The report shows every municipality's answers, which a contact may not read before they are published
        ResponseEntity<byte[]> contact = get("ekero", path);
        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(contact.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(get(null, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("fou", path).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
