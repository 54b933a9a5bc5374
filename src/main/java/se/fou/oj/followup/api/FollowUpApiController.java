package se.fou.oj.followup.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.base.api.PdfResponses;
import se.fou.oj.followup.FollowUpService;

/** The follow-up of a decided improvement area (addressed by its development area id, as the improvement-area list). */
@RestController
@RequestMapping("/api/v1/improvement-areas/{areaId}")
public class FollowUpApiController {

    private final FollowUpService followUpService;

    FollowUpApiController(FollowUpService followUpService) {
        this.followUpService = followUpService;
    }

    public record FollowUpDto(long id, String title, String covers, Long meetingId, Long requestId, List<String> sections) {
    }

    @GetMapping(value = "/follow-up.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Uppföljningsrapporten för ett beslutat förbättringsområde som PDF")
    public ResponseEntity<byte[]> followUpPdf(@PathVariable long areaId) {
        return PdfResponses.inline("uppfoljning-" + areaId + ".pdf", out -> followUpService.writePdf(areaId, out));
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "Förbättringsområdets uppföljningar: vad de omfattar, förfrågan till kommunerna och skrivna avsnitt")
    public List<FollowUpDto> followUps(@PathVariable long areaId) {
        return followUpService.followUps(areaId).stream().map(f -> new FollowUpDto(f.id(), f.title(), f.covers(), f.meetingId(),
                f.requestId(), f.sections().keySet().stream().map(Enum::name).toList())).toList();
    }
}
