package se.fou.oj.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;

/** The demo's follow-up under way, through the API: the follow-up PDF of a decided area and its follow-ups. */
class FollowUpApiIT extends IntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    private ResponseEntity<byte[]> get(String user, String path) {
        return apiGet(user, path);
    }

    @Test
    void theFollowUpPdfOfADecidedAreaForEveryRoleAndNotForAnUndecidedOne() throws Exception {
        JsonNode areas = objectMapper.readTree(get("ekero", "/api/v1/cycles/" + testData.demoCycle().id()
                + "/improvement-areas").getBody());
        long decided = areas.get(0).get("id").asLong();
        for (String user : List.of("ekero", "socialchef", "fou")) {
            ResponseEntity<byte[]> pdf = get(user, "/api/v1/improvement-areas/" + decided + "/follow-up.pdf");
            assertThat(pdf.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Uppföljning: Klienter vars hinder för egen försörjning är ohälsa",
                        "Uppföljning 1 – hösten 2019", "Sammanfattning", "Arbetssätt",
                        "Kommunernas svar visas här när FoU har publicerat dem.", "Järfälla Prövar rutinen först");
            }
        }
        JsonNode followUps = objectMapper.readTree(get("ekero", "/api/v1/improvement-areas/" + decided + "/follow-ups").getBody());
        // Other tests may add to the demo's follow-ups; the first is the demo's own
        assertThat(followUps).isNotEmpty();
        assertThat(followUps.get(0).get("id").asLong()).isPositive();
        assertThat(followUps.get(0).get("title").asText()).isEqualTo("Uppföljning 1 – hösten 2019");
        assertThat(followUps.get(0).get("sections")).extracting(JsonNode::asText).contains("SUMMARY", "WAY_OF_WORKING");

        assertThat(get(null, "/api/v1/improvement-areas/" + decided + "/follow-up.pdf").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        long undecided = decided + 2; // the demo's third development area, still open
        ResponseEntity<byte[]> none = get("fou", "/api/v1/improvement-areas/" + undecided + "/follow-up.pdf");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(new String(none.getBody(), StandardCharsets.UTF_8)).contains("inte beslutat");
    }
}
