package se.fou.oj.compilation;

import java.io.OutputStream;
import org.springframework.stereotype.Component;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.Paper;
import se.fou.oj.meeting.PaperSource;

/** A meeting's paper "the cycle's compilation": its latest published version, rendered from compilation's own PDF. */
@Component
class CompilationPapers implements PaperSource {

    private final CompilationService compilationService;
    private final Messages messages;

    CompilationPapers(CompilationService compilationService, Messages messages) {
        this.compilationService = compilationService;
        this.messages = messages;
    }

    @Override
    public Paper.Kind kind() {
        return Paper.Kind.COMPILATION;
    }

    @Override
    public Reference latest(Meeting meeting) {
        CompilationVersion latest = compilationService.versions(meeting.cycleId()).stream().findFirst()
                .orElseThrow(() -> new ValidationException(messages.get("compilation.error.notPublished")));
        return new Reference(messages.get("meeting.paper.compilation", meeting.cycleTitle(), latest.versionNo()),
                meeting.cycleId(), latest.versionNo(), "Sammanställning version " + latest.versionNo());
    }

    @Override
    public void writePdf(long referenceId, int version, OutputStream out) {
        compilationService.writePublishedPdf(referenceId, version, out);
    }
}
