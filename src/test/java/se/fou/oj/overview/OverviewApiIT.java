package se.fou.oj.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;

/** GET /api/v1/overview: the same overview as the screen, with the same visibility for each caller. */
class OverviewApiIT extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    OverviewFixtures fixtures;






    private JsonNode overview(String user) throws Exception {
        ResponseEntity<byte[]> response = apiGet(user, "/api/v1/overview", MediaType.APPLICATION_JSON);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode byId(JsonNode rows, String field, long id) {
        for (JsonNode row : rows) {
            if (row.get(field).asLong() == id) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + id + " in " + rows);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void fouSeesWhoIsLateAndAContactOnlyHerOwnLatenessAndTheMeetingsSheMaySee() throws Exception {
        OverviewFixture data = fixtures.create();
        long requestId = data.stage2().request().id();

        JsonNode fou = overview("fou");
        JsonNode request = byId(fou.get("openRequests"), "requestId", requestId);
        assertThat(texts(request.get("late"))).contains("Solna", "Sigtuna").doesNotContain("Ekerö", "Järfälla");
        assertThat(request.get("submitted").asInt()).isEqualTo(2);
        assertThat(request.get("deadline").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode area = byId(fou.get("improvementAreas"), "developmentAreaId", data.area().id());
        assertThat(area.get("nextMilestone").get("title").asText()).isEqualTo("Rutinen klar");
        assertThat(area.get("link").asText()).isEqualTo("improvement-areas/" + data.area().id() + "/follow-up");
        byId(fou.get("nextMeetings"), "meetingId", data.fouMeeting().id());
        assertThat(fou.get("ownMunicipalityName").isNull()).isTrue();

        JsonNode ekero = overview("ekero");
        assertThat(ekero.get("ownMunicipalityName").asText()).isEqualTo("Ekerö");
        JsonNode own = byId(ekero.get("openRequests"), "requestId", requestId);
        assertThat(own.get("late")).as("Ekerö submitted; the others' lateness is not hers to see").isEmpty();
        assertThat(own.get("submitted").isNull()).isTrue();
        assertThat(ekero.get("overdueActions").get(0).get("own").asBoolean()).isTrue();
        byId(ekero.get("nextMeetings"), "meetingId", data.followUpMeeting().id());
        assertThat(ekero.get("nextMeetings").findValues("meetingId")).extracting(JsonNode::asLong)
                .doesNotContain(data.fouMeeting().id());

        JsonNode solna = byId(overview("solna").get("openRequests"), "requestId", requestId);
        assertThat(texts(solna.get("late"))).containsExactly("Solna");
        assertThat(solna.get("ownLate").asBoolean()).isTrue();

        assertThat(apiGet(null, "/api/v1/overview", MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOverviewPdfForAContactPutsHerMunicipalityFirst() throws Exception {
        ResponseEntity<byte[]> pdf = apiGet("jarfalla", "/api/v1/overview.pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Det som rör Järfälla står först.", "Cykler och var de står", "Ekonomiskt bistånd",
                            "Beslutade förbättringsområden", "Klienter vars hinder för egen försörjning är ohälsa");
        }
    }
}
