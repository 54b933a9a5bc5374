package se.fou.oj.compilation;

import java.time.LocalDateTime;

/** A published, fixed version of a cycle's compilation. */
public record CompilationVersion(long id, long cycleId, int versionNo, LocalDateTime publishedAt, String publishedBy,
                                 int pdfSize) {
}
