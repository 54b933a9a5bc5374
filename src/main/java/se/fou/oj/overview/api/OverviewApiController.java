package se.fou.oj.overview.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.base.api.PdfResponses;
import se.fou.oj.overview.Overview;
import se.fou.oj.overview.OverviewService;

/** The region at a glance, read-only: the same content and visibility as the Översikt page. */
@RestController
@RequestMapping("/api/v1")
public class OverviewApiController {

    private final OverviewService overviewService;

    OverviewApiController(OverviewService overviewService) {
        this.overviewService = overviewService;
    }

    @GetMapping("/overview")
    @Operation(summary = "Översikten: cyklerna med sitt led, öppna förfrågningar och vem som är sen, beslutade "
            + "förbättringsområden med kommunernas framsteg, nästa delmål och uppföljning, försenade åtgärder och kommande möten")
    public Overview overview() {
        return overviewService.overview();
    }

    @GetMapping(value = "/overview.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Översikten som PDF, för mötets handlingar")
    public ResponseEntity<byte[]> overviewPdf() {
        return PdfResponses.inline("oversikt.pdf", overviewService::writePdf);
    }
}
