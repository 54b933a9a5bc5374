package se.fou.oj.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;

/** The demo meetings over the API: list, calendar file and approved minutes, with the same access rules. */
class MeetingApiIT extends IntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    MeetingService meetings;

    private ResponseEntity<byte[]> get(String user, String path) {
        return apiGet(user, path, MediaType.ALL);
    }

    @Test
    void demoMeetingsTheirCalendarFilesAndApprovedMinutes() throws Exception {
        long cycleId = testData.demoCycle().id();
        JsonNode meetings = objectMapper.readTree(get("ekero", "/api/v1/cycles/" + cycleId + "/meetings").getBody());
        // For all contacts: quality assurance, result, analysis and follow-up meetings; not the social chiefs' own
        assertThat(meetings).extracting(m -> m.get("kind").asText())
                .containsExactly("QUALITY_ASSURANCE", "RESULT_MEETING", "ANALYSIS_MEETING", "FOLLOW_UP");
        JsonNode result = null;
        for (JsonNode meeting : meetings) {
            if (meeting.get("kind").asText().equals("RESULT_MEETING")) {
                result = meeting;
            }
        }
        assertThat(result.get("minutesStatus").asText()).isEqualTo("APPROVED");
        assertThat(result.get("status").asText()).isEqualTo("HELD");
        long id = result.get("id").asLong();

        ResponseEntity<byte[]> ics = get("ekero", "/api/v1/meetings/" + id + ".ics");
        assertThat(ics.getHeaders().getContentType().toString()).startsWith("text/calendar");
        assertThat(new String(ics.getBody(), StandardCharsets.UTF_8))
                .contains("UID:meeting-" + id + "@fou-nordvast.se", "DTSTART;TZID=Europe/Stockholm:20180313T090000");

        ResponseEntity<byte[]> pdf = get("socialchef", "/api/v1/meetings/" + id + "/minutes.pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Hanna Wikström", "Upplands Väsby", "Utvecklingsområde 1", "orsakskod 021–032",
                    "Protokollet är justerat av Eva Kontaktperson").doesNotContain("UTKAST");
        }
        assertThat(get(null, "/api/v1/meetings/" + id + ".ics").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("ekero", "/api/v1/meetings/999999.ics").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aContactNotInvitedGets403ForTheCalendarFileAndTheMinutes() throws Exception {
        Cycle cycle = testData.newCycle();
        long jarfalla = ((AppUserPrincipal) userDetailsService.loadUserByUsername("jarfalla")).userId();
        Meeting meeting = SystemActor.call(() -> meetings.create(cycle.id(), new MeetingDraft(MeetingKind.ANALYSIS_MEETING,
                "Bara Järfälla", LocalDateTime.of(2026, 4, 10, 9, 0), "Järfälla kommunhus", null, false, List.of(jarfalla), null)));
        String ics = "/api/v1/meetings/" + meeting.id() + ".ics";
        String pdf = "/api/v1/meetings/" + meeting.id() + "/minutes.pdf";
        for (String path : List.of(ics, pdf)) {
            ResponseEntity<byte[]> denied = get("ekero", path);
            assertThat(denied.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getHeaders().getContentType().toString()).as(path).startsWith("application/problem+json");
            assertThat(objectMapper.readTree(denied.getBody()).get("detail").asText()).isEqualTo("Du har inte behörighet till detta.");
            assertThat(get("jarfalla", path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
        assertThat(new String(get("jarfalla", ics).getBody(), StandardCharsets.UTF_8)).contains("SUMMARY:Bara Järfälla");
        JsonNode ekerosMeetings = objectMapper.readTree(get("ekero", "/api/v1/cycles/" + cycle.id() + "/meetings").getBody());
        assertThat(ekerosMeetings).isEmpty();
    }
}
