package se.fou.oj.compilation.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.base.api.PdfResponses;
import se.fou.oj.compilation.CompilationService;

/** The compilation PDF and its published versions, with the same access rules as the screens. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}")
public class CompilationApiController {

    private final CompilationService compilationService;

    CompilationApiController(CompilationService compilationService) {
        this.compilationService = compilationService;
    }

    public record VersionDto(long id, int version, LocalDateTime publishedAt, String publishedBy, int size) {
    }

    @GetMapping(value = "/compilation.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Sammanställningen som PDF: den senast publicerade (för FoU: det aktuella utkastet)")
    public ResponseEntity<byte[]> compilationPdf(@PathVariable long cycleId) {
        return PdfResponses.inline("sammanstallning-" + cycleId + ".pdf", out -> compilationService.writeCurrentPdf(cycleId, out));
    }

    @GetMapping(value = "/compilation/versions/{version}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "En publicerad version av sammanställningen, exakt som den publicerades")
    public ResponseEntity<byte[]> versionPdf(@PathVariable long cycleId, @PathVariable int version) {
        return PdfResponses.inline("sammanstallning-" + cycleId + "-v" + version + ".pdf",
                out -> compilationService.writePublishedPdf(cycleId, version, out));
    }

    @GetMapping("/compilation/versions")
    @Operation(summary = "Publicerade versioner av sammanställningen")
    public List<VersionDto> versions(@PathVariable long cycleId) {
        return compilationService.versions(cycleId).stream()
                .map(v -> new VersionDto(v.id(), v.versionNo(), v.publishedAt(), v.publishedBy(), v.pdfSize())).toList();
    }

}
