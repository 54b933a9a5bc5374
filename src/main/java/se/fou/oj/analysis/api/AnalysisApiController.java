package se.fou.oj.analysis.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.base.api.PdfResponses;

/** The short analysis report as PDF and its versions, with the same access rules as the screen. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}")
public class AnalysisApiController {

    private final AnalysisReportService analysisService;

    AnalysisApiController(AnalysisReportService analysisService) {
        this.analysisService = analysisService;
    }

    public record VersionDto(long id, int version, String status, LocalDateTime sentAt, String sentBy) {
    }

    @GetMapping(value = "/analysis.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Den korta analysen som PDF: för FoU den senaste versionen, för övriga den som skickats för beslut")
    public ResponseEntity<byte[]> analysisPdf(@PathVariable long cycleId) {
        return PdfResponses.inline("kort-analys-" + cycleId + ".pdf", out -> analysisService.writeCurrentPdf(cycleId, out));
    }

    @GetMapping("/analysis/versions")
    @Operation(summary = "Versionerna av den korta analysen som användaren får läsa")
    public List<VersionDto> versions(@PathVariable long cycleId) {
        return analysisService.versions(cycleId).stream()
                .map(r -> new VersionDto(r.id(), r.versionNo(), r.status().name(), r.sentAt(), r.sentBy())).toList();
    }
}
