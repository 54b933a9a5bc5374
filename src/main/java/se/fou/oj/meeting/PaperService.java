package se.fou.oj.meeting;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;

/**
 * A meeting's papers: FoU attaches the cycle's published compilation, earlier approved minutes, or files (checked on
 * the server by size, name and content). Whoever may see the meeting may read its papers.
 */
@Service
public class PaperService {

    /** A paper ready to download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    private final MeetingRepository repository;
    private final MeetingService meetingService;
    private final MinutesService minutesService;
    /** Papers whose content a higher module keeps (the compilation), by kind. */
    private final Map<Paper.Kind, PaperSource> sources;
    private final AuditService audit;
    private final Messages messages;

    PaperService(MeetingRepository repository, MeetingService meetingService, MinutesService minutesService,
                 List<PaperSource> sources, AuditService audit, Messages messages) {
        this.repository = repository;
        this.meetingService = meetingService;
        this.minutesService = minutesService;
        this.sources = sources.stream().collect(Collectors.toMap(PaperSource::kind, Function.identity()));
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Paper> papers(long meetingId) {
        meetingService.meeting(meetingId);
        return repository.papers(meetingId);
    }

    /** Attaches the latest published version of the cycle's compilation. */
    @Transactional
    public void attachCompilation(long meetingId) {
        AppUserPrincipal user = AccessGuard.requireRole("attachPaper", Role.FOU);
        Meeting meeting = meetingService.meeting(meetingId);
        PaperSource.Reference latest = source(Paper.Kind.COMPILATION).latest(meeting);
        repository.insertPaper(meetingId, Paper.Kind.COMPILATION, latest.title(), latest.referenceId(),
                latest.version(), null, "application/pdf", null, user.username(), LocalDateTime.now());
        audit.record("PAPER", "meeting", meetingId, latest.auditNote());
    }

    /** Attaches another meeting's approved minutes (its latest approved version). */
    @Transactional
    public void attachMinutes(long meetingId, long otherMeetingId) {
        AppUserPrincipal user = AccessGuard.requireRole("attachPaper", Role.FOU);
        meetingService.meeting(meetingId);
        Meeting other = meetingService.meeting(otherMeetingId);
        Meeting.MinutesVersion version = other.approvedVersions().stream().reduce((a, b) -> b)
                .orElseThrow(() -> new ValidationException(messages.get("minutes.error.notApproved")));
        repository.insertPaper(meetingId, Paper.Kind.MINUTES, messages.get("meeting.paper.minutes", other.title(),
                version.versionNo()), otherMeetingId, version.versionNo(), null, "application/pdf", null, user.username(),
                LocalDateTime.now());
        audit.record("PAPER", "meeting", meetingId, "Protokoll från möte " + otherMeetingId);
    }

    @Transactional
    public void upload(long meetingId, String fileName, byte[] content) {
        AppUserPrincipal user = AccessGuard.requireRole("uploadPaper", Role.FOU);
        meetingService.meeting(meetingId);
        if (content == null || content.length > PaperFiles.MAX_BYTES) {
            throw new ValidationException(messages.get("meeting.error.paperSize", PaperFiles.MAX_BYTES / (1024 * 1024)));
        }
        String type = PaperFiles.accepted(fileName, content)
                .orElseThrow(() -> new ValidationException(messages.get("meeting.error.paperType", String.valueOf(fileName))));
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        int max = TextLimit.TITLE.max();
        if (name.length() > max) {
            // A long name is shortened, keeping its extension, so that it fits as the paper's title and file name
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, max - extension.length()) + extension;
        }
        repository.insertPaper(meetingId, Paper.Kind.FILE, name, null, null, name, type, content, user.username(),
                LocalDateTime.now());
        audit.record("PAPER", "meeting", meetingId, "Fil " + name + " (" + content.length + " byte)");
    }

    @Transactional
    public void remove(long meetingId, long paperId) {
        AccessGuard.requireRole("removePaper", Role.FOU);
        meetingService.meeting(meetingId);
        repository.deletePaper(meetingId, paperId);
        audit.record("PAPER_REMOVED", "meeting", meetingId, String.valueOf(paperId));
    }

    @Transactional(readOnly = true)
    public Download download(long meetingId, long paperId) {
        Paper paper = papers(meetingId).stream().filter(p -> p.id() == paperId).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (paper.kind()) {
            case COMPILATION -> source(Paper.Kind.COMPILATION).writePdf(paper.referenceId(), paper.referenceVersion(), out);
            case MINUTES -> minutesService.writeApprovedVersion(paper.referenceId(), paper.referenceVersion(), out);
            default -> {
                return new Download(paper.fileName(), paper.contentType(), repository.paperContent(meetingId, paperId)
                        .orElseThrow(() -> new NotFoundException(messages.get("error.notFound"))));
            }
        }
        String name = paper.kind() == Paper.Kind.COMPILATION ? "sammanstallning-v" + paper.referenceVersion() + ".pdf"
                : "protokoll-" + paper.referenceId() + "-v" + paper.referenceVersion() + ".pdf";
        return new Download(name, "application/pdf", out.toByteArray());
    }

    private PaperSource source(Paper.Kind kind) {
        PaperSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("No paper source for " + kind);
        }
        return source;
    }
}
