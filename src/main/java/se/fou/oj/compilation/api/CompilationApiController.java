package se.fou.oj.compilation.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
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
        // Rendered fully before answering, so that a refusal is a clean problem+json and never half a PDF
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256 * 1024);
        compilationService.writeCurrentPdf(cycleId, out);
        return pdf(out.toByteArray(), "sammanstallning-" + cycleId + ".pdf");
    }

    @GetMapping(value = "/compilation/versions/{version}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "En publicerad version av sammanställningen, exakt som den publicerades")
    public ResponseEntity<byte[]> versionPdf(@PathVariable long cycleId, @PathVariable int version) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256 * 1024);
        compilationService.writePublishedPdf(cycleId, version, out);
        return pdf(out.toByteArray(), "sammanstallning-" + cycleId + "-v" + version + ".pdf");
    }

    @GetMapping("/compilation/versions")
    @Operation(summary = "Publicerade versioner av sammanställningen")
    public List<VersionDto> versions(@PathVariable long cycleId) {
        return compilationService.versions(cycleId).stream()
                .map(v -> new VersionDto(v.id(), v.versionNo(), v.publishedAt(), v.publishedBy(), v.pdfSize())).toList();
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
                .body(body);
    }

}
