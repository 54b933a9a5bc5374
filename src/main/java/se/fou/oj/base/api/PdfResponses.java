package se.fou.oj.base.api;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A PDF answer of the API, shown inline under its file name. The header is built by Spring's {@link ContentDisposition},
 * which quotes and escapes the name, rather than by string concatenation.
 */
public final class PdfResponses {

    private PdfResponses() {
    }

    /**
     * Writes the PDF fully before answering, so that a refusal or an error while drawing is a clean
     * problem+json answer and never half a PDF.
     */
    public static ResponseEntity<byte[]> inline(String fileName, Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        writer.accept(out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(out.toByteArray());
    }
}
