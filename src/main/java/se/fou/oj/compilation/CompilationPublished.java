package se.fou.oj.compilation;

/** A version of a cycle's compilation was published: the whole region may read it now. */
public record CompilationPublished(long cycleId, String cycleTitle, int versionNo) {
}
