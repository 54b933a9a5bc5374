package se.fou.oj.meeting;

import java.io.OutputStream;

/**
 * A paper whose content another module keeps, so that meeting stores only a reference to it: compilation provides the
 * cycle's published compilation. Implemented as a Spring bean in the owning module, which is higher than meeting.
 */
public interface PaperSource {

    /** The kind of paper this source provides. */
    Paper.Kind kind();

    /**
     * What to attach for this meeting (its cycle's latest published version), or a
     * {@link se.fou.oj.base.ValidationException} when there is nothing to attach yet.
     */
    Reference latest(Meeting meeting);

    /** Writes the referenced version as a PDF. */
    void writePdf(long referenceId, int version, OutputStream out);

    /** A paper's title and what it points at; the audit note says what was attached. */
    record Reference(String title, long referenceId, int version, String auditNote) {
    }
}
