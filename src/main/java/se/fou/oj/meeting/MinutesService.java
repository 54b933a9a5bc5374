package se.fou.oj.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.region.RegionService;

/**
 * The minutes of a meeting: attendance, notes per agenda item, decisions, action items; then review by the chosen
 * reviewers (justerare) and approval. Approved minutes never change: a correction starts a new version with a
 * reason, and every approved version's PDF stays readable. FoU writes the minutes; only reviewers approve.
 */
@Service
public class MinutesService {

    /** The column of who approved a version of the minutes. */
    private static final int MAX_APPROVERS = 500;

    private final MeetingRepository repository;
    private final MeetingNames names;
    private final MeetingService meetingService;
    private final RegionService regionService;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Messages messages;
    private final String regionName;
    private final Clock clock;

    MinutesService(MeetingRepository repository, MeetingNames names, MeetingService meetingService, RegionService regionService,
                   ApplicationEventPublisher events, AuditService audit, Messages messages,
                   @Value("${app.region-name:FoU Nordväst}") String regionName, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.names = names;
        this.meetingService = meetingService;
        this.regionService = regionService;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.regionName = regionName;
    }

    private Meeting editable(long meetingId, String action) {
        AccessGuard.requireRole(action, Role.FOU);
        Meeting meeting = meetingService.meeting(meetingId);
        if (!meeting.minutesEditable()) {
            throw new ValidationException(messages.get("minutes.error.approved"));
        }
        return meeting;
    }

    @Transactional
    public void addAttendance(long meetingId, String name, Long municipalityId, JobFunction function, boolean present) {
        editable(meetingId, "recordAttendance");
        if (!StringUtils.hasText(name) || function == null) {
            throw new ValidationException(messages.get("minutes.error.attendance"));
        }
        TextLimit.NAME.check(messages, name.trim(), "minutes.name");
        repository.addAttendance(meetingId, name.trim(), municipalityId, function, present);
        audit.record("ATTENDANCE", "meeting", meetingId, name.trim() + " " + function + (present ? "" : " (frånvarande)"));
    }

    @Transactional
    public void removeAttendance(long meetingId, long attendanceId) {
        editable(meetingId, "recordAttendance");
        repository.removeAttendance(meetingId, attendanceId);
        audit.record("ATTENDANCE_REMOVED", "meeting", meetingId, String.valueOf(attendanceId));
    }

    /** Saved as the minute-taker types; refused once the minutes are approved. */
    @Transactional
    public void saveNotes(long meetingId, long agendaItemId, String notes) {
        Meeting meeting = editable(meetingId, "writeMinutes");
        TextLimit.TEXT.check(messages, notes, "minutes.notesLabel");
        repository.saveNotes(meetingId, agendaItemId, StringUtils.hasText(notes) ? notes : null);
        // Saved as typed: each save that changed the item's notes is a line with the text before and after
        meeting.agenda().stream().filter(item -> item.id() == agendaItemId).findFirst().ifPresent(item ->
                audit.recordIfChanged("NOTES", "meeting", meetingId, null, "§ " + item.position() + " " + item.title(),
                        AuditChanges.of().field("notes:" + item.position(), item.notes(),
                                StringUtils.hasText(notes) ? notes : null)));
    }

    @Transactional
    public void addDecision(long meetingId, String text) {
        editable(meetingId, "writeMinutes");
        if (!StringUtils.hasText(text)) {
            throw new ValidationException(messages.get("minutes.error.decision"));
        }
        TextLimit.TEXT.check(messages, text.trim(), "minutes.decision");
        repository.addDecision(meetingId, text.trim());
        audit.record("DECISION", "meeting", meetingId, text.trim());
    }

    @Transactional
    public void addActionItem(long meetingId, String text, Long ownerUserId, Long ownerMunicipalityId, LocalDate due) {
        editable(meetingId, "writeMinutes");
        if (!StringUtils.hasText(text) || (ownerUserId == null && ownerMunicipalityId == null) || due == null) {
            throw new ValidationException(messages.get("minutes.error.actionItem"));
        }
        TextLimit.TEXT.check(messages, text.trim(), "minutes.actionItem");
        repository.addActionItem(meetingId, text.trim(), ownerUserId, ownerMunicipalityId, due);
        audit.record("ACTION_ITEM", "meeting", meetingId, text.trim() + " till " + due);
    }

    @Transactional
    public void setReviewers(long meetingId, List<Long> userIds) {
        editable(meetingId, "chooseReviewers");
        repository.setReviewers(meetingId, userIds);
        audit.record("REVIEWERS", "meeting", meetingId, userIds.toString());
    }

    @Transactional
    public void sendForReview(long meetingId) {
        Meeting meeting = editable(meetingId, "sendMinutesForReview");
        if (meeting.reviewers().isEmpty()) {
            throw new ValidationException(messages.get("minutes.error.noReviewers"));
        }
        repository.setMinutesStatus(meetingId, Meeting.MinutesStatus.REVIEW);
        events.publishEvent(new MinutesSentForReview(meetingId, meeting.title(),
                meeting.reviewers().stream().map(Meeting.Reviewer::userId).toList()));
        audit.record("REVIEW", "meeting", meetingId, "Protokollet skickat för justering");
    }

    private Meeting asReviewer(long meetingId, AppUserPrincipal user) {
        Meeting meeting = meetingService.meeting(meetingId);
        if (meeting.reviewers().stream().noneMatch(r -> r.userId() == user.userId())) {
            throw AccessGuard.deny(user, "approveMinutes", "not a reviewer of meeting " + meetingId);
        }
        if (meeting.minutesStatus() != Meeting.MinutesStatus.REVIEW) {
            throw new ValidationException(messages.get("minutes.error.notInReview"));
        }
        return meeting;
    }

    @Transactional
    public void comment(long meetingId, String comment) {
        AppUserPrincipal user = CurrentUser.require();
        asReviewer(meetingId, user);
        TextLimit.TEXT.check(messages, comment, "minutes.comment");
        repository.review(meetingId, user.userId(), null, null, StringUtils.hasText(comment) ? comment.trim() : null);
        audit.record("REVIEW_COMMENT", "meeting", meetingId, comment);
    }

    /**
     * A reviewer approves the current version. When every reviewer has, the minutes are approved (justerade): the PDF
     * is fixed with the reviewers' names and times and the meeting counts as held.
     */
    @Transactional
    public void approve(long meetingId) {
        AppUserPrincipal user = CurrentUser.require();
        Meeting meeting = asReviewer(meetingId, user);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!meeting.begun(now)) {
            // Minutes record what happened: a meeting still to come has nothing to approve
            throw new ValidationException(messages.get("minutes.error.notHeldYet", MinutesPdf.TIME.format(meeting.startsAt())));
        }
        String comment = meeting.reviewers().stream().filter(r -> r.userId() == user.userId()).findFirst()
                .map(Meeting.Reviewer::comment).orElse(null);
        repository.review(meetingId, user.userId(), meeting.minutesVersion(), now, comment);
        audit.record("APPROVE", "meeting", meetingId, "Version " + meeting.minutesVersion() + " justerad av " + user.username());
        events.publishEvent(new MinutesApprovedByReviewer(meetingId, user.userId()));
        Meeting updated = repository.load(meetingId, names).orElseThrow();
        boolean all = updated.reviewers().stream().allMatch(r -> r.approvedVersion() != null
                && r.approvedVersion() == updated.minutesVersion());
        if (!all) {
            return;
        }
        repository.setMinutesStatus(meetingId, Meeting.MinutesStatus.APPROVED);
        if (updated.status() == Meeting.Status.PLANNED) {
            repository.setStatus(meetingId, Meeting.Status.HELD, false);
        }
        Meeting approved = repository.load(meetingId, names).orElseThrow();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        MinutesPdf.write(approved, regionName, regionService.activeMunicipalities(), messages, pdf);
        String approvers = approved.reviewers().stream()
                .map(r -> r.name() + " " + MinutesPdf.TIME.format(r.approvedAt())).collect(Collectors.joining(", "));
        if (approvers.length() > MAX_APPROVERS) {
            // The PDF carries every name; the column keeps what fits
            approvers = approvers.substring(0, MAX_APPROVERS - 1) + "…";
        }
        repository.insertMinutesVersion(meetingId, approved.minutesVersion(), now, approvers, approved.correctionReason(),
                pdf.toByteArray());
    }

    /** Approved minutes are corrected in a new version with a reason; the approved one stays readable. */
    @Transactional
    public void startCorrection(long meetingId, String reason) {
        AccessGuard.requireRole("correctMinutes", Role.FOU);
        Meeting meeting = meetingService.meeting(meetingId);
        if (meeting.minutesStatus() != Meeting.MinutesStatus.APPROVED) {
            throw new ValidationException(messages.get("minutes.error.notApproved"));
        }
        if (!StringUtils.hasText(reason)) {
            throw new ValidationException(messages.get("minutes.error.reason"));
        }
        TextLimit.TEXT.check(messages, reason.trim(), "minutes.correct.reason");
        repository.startCorrection(meetingId, reason.trim());
        audit.record("CORRECTION", "meeting", meetingId, "Version " + (meeting.minutesVersion() + 1) + ": " + reason.trim());
    }

    /** The minutes as they are: the approved version's PDF, or else the draft marked UTKAST on every page. */
    @Transactional(readOnly = true)
    public void writeMinutesPdf(long meetingId, OutputStream out) {
        Meeting meeting = meetingService.meeting(meetingId);
        if (meeting.minutesStatus() == Meeting.MinutesStatus.APPROVED) {
            writeApprovedVersion(meetingId, meeting.minutesVersion(), out);
        } else {
            MinutesPdf.write(meeting, regionName, regionService.activeMunicipalities(), messages, out);
        }
    }

    @Transactional(readOnly = true)
    public void writeApprovedVersion(long meetingId, int versionNo, OutputStream out) {
        meetingService.meeting(meetingId);
        byte[] pdf = repository.minutesPdf(meetingId, versionNo)
                .orElseThrow(() -> new NotFoundException(messages.get("minutes.error.noVersion", versionNo)));
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is still missing at a result meeting, from the recorded attendance (empty when nothing is). */
    @Transactional(readOnly = true)
    public List<String> missingAtResultMeeting(long meetingId) {
        Meeting meeting = meetingService.meeting(meetingId);
        return AttendanceRules.missing(meeting, regionService.activeMunicipalities()).stream()
                .map(m -> m.municipality() == null ? messages.get("meeting.missing.fou", messages.get(m.function().labelKey()))
                        : m.function() == null ? messages.get("meeting.missing.second", m.municipality())
                        : messages.get("meeting.missing.head", m.municipality()))
                .toList();
    }

    /** Minutes that wait for the current user's approval as a reviewer (justerare), for the start page's tasks. */
    @Transactional(readOnly = true)
    public List<Meeting> myMinutesToReview() {
        AppUserPrincipal user = CurrentUser.require();
        return repository.minutesAwaitingReviewBy(user.userId()).stream()
                .map(id -> repository.load(id, names).orElseThrow()).toList();
    }

    /** Open action items the current user or their municipality owns, for the start page. */
    @Transactional(readOnly = true)
    public List<Meeting.ActionItem> myOpenActionItems() {
        AppUserPrincipal user = CurrentUser.require();
        return repository.openActionItemsFor(user.userId(), user.municipalityId(), names);
    }

    /**
     * Every action item whose date has passed and that is not done, of the meetings the current user may see, soonest
     * date first: for the region's overview, in a fixed number of queries.
     */
    @Transactional(readOnly = true)
    public List<Meeting.ActionItem> overdueActionItems() {
        AppUserPrincipal user = CurrentUser.require();
        return repository.overdueActionItems(LocalDate.now(clock), user.seesWholeRegion() ? null : user.userId(), names);
    }

    @Transactional
    public void markActionDone(long actionId) {
        AppUserPrincipal user = CurrentUser.require();
        Meeting.ActionItem item = repository.actionItem(actionId, names)
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
        boolean owner = (item.ownerUserId() != null && item.ownerUserId() == user.userId())
                || (item.ownerMunicipalityId() != null && item.ownerMunicipalityId().equals(user.municipalityId()));
        if (!owner && !user.hasRole(Role.FOU)) {
            throw AccessGuard.deny(user, "markActionDone", "not the owner of action " + actionId);
        }
        repository.markActionDone(actionId, LocalDateTime.now(clock));
        audit.record("ACTION_DONE", "meeting", item.meetingId(), item.text());
    }

}
