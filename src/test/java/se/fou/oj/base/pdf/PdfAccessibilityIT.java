package se.fou.oj.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;

/**
 * Every real PDF of the demo, as a user downloads it: a title naming the report, Swedish, the title in the viewer's
 * title bar, bookmarks of the report's headings in order opening their pages, and the headings as text in that order.
 */
class PdfAccessibilityIT extends IntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    RequestService requestService;

    private byte[] pdf(String user, String path) {
        ResponseEntity<byte[]> response = apiGet(user, path, MediaType.APPLICATION_PDF);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode json(String user, String path) throws Exception {
        return objectMapper.readTree(apiGet(user, path, MediaType.APPLICATION_JSON).getBody());
    }

    @Test
    void theCompilation() throws Exception {
        var cycle = testData.demoCycle();
        PdfAccessibility.assertAccessible(pdf("fou", "/api/v1/cycles/" + cycle.id() + "/compilation.pdf"),
                "Sammanställning " + cycle.title(),
                List.of("Innehåll", "Inledning", "Resultat i korthet", "Kommunöversikt"));
    }

    @Test
    void theMinutes() throws Exception {
        long cycleId = testData.demoCycle().id();
        long meetingId = -1;
        for (JsonNode meeting : json("ekero", "/api/v1/cycles/" + cycleId + "/meetings")) {
            if (meeting.get("kind").asText().equals("RESULT_MEETING")) {
                meetingId = meeting.get("id").asLong();
            }
        }
        List<PdfAccessibility.Bookmark> bookmarks = PdfAccessibility.assertAccessible(
                pdf("socialchef", "/api/v1/meetings/" + meetingId + "/minutes.pdf"), "Protokoll: ",
                List.of("Närvaro", "Dagordning", "Ställningstaganden", "Åtgärder", "Justering"));
        // The minutes' own title is the top bookmark, its sections under it, agenda items under the agenda
        assertThat(bookmarks.get(0).title()).startsWith("Protokoll: ");
        assertThat(bookmarks.get(0).level()).isEqualTo(1);
        assertThat(bookmarks).filteredOn(b -> b.title().equals("Dagordning")).singleElement()
                .extracting(PdfAccessibility.Bookmark::level).isEqualTo(2);
        int agenda = bookmarks.indexOf(bookmarks.stream().filter(b -> b.title().equals("Dagordning")).findFirst().orElseThrow());
        assertThat(bookmarks.get(agenda + 1).level()).isEqualTo(3);
        assertThat(bookmarks.get(agenda + 1).title()).startsWith("§ 1 ");
    }

    @Test
    void theShortAnalysis() throws Exception {
        var cycle = testData.demoCycle();
        PdfAccessibility.assertAccessible(pdf("fou", "/api/v1/cycles/" + cycle.id() + "/analysis.pdf"),
                "Kort analys " + cycle.title(),
                List.of("Innehåll", "Inledning", "Arbetsmodellen i korthet", "Utvecklingsområden", "Vad säger forskningen?",
                        "Analys", "Förslag till förbättringsområden", "Referenser"));
    }

    @Test
    void theFollowUpReport() throws Exception {
        JsonNode areas = json("ekero", "/api/v1/cycles/" + testData.demoCycle().id() + "/improvement-areas");
        long decided = areas.get(0).get("id").asLong();
        PdfAccessibility.assertAccessible(pdf("ekero", "/api/v1/improvement-areas/" + decided + "/follow-up.pdf"),
                "Uppföljning: Klienter vars hinder för egen försörjning är ohälsa",
                List.of("Innehåll", "Förbättringsområdet", "Tidsplan och ansvarsfördelning",
                        "Indikatorerna bakom förbättringsområdet", "Uppföljning 1 – hösten 2019"));
    }

    @Test
    void theCompiledAnswers() throws Exception {
        loginAs("fou");
        Request request = requestService.requests(testData.demoCycle().id()).get(0);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        requestService.exportPdf(request.id(), pdf);
        String title = "Sammanställda svar: " + request.title();
        var firstQuestion = request.questions().get(0);
        PdfAccessibility.assertAccessible(pdf.toByteArray(), title,
                List.of(title, firstQuestion.position() + ". " + firstQuestion.text(), "Statistik",
                        "Regionen (inskickade svar)"));
    }
}
