package se.fou.oj.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.CycleService;

/**
 * Planning of the working model's meetings: create with the kind's standard agenda, invite, move or cancel (the
 * calendar entry follows), and answer an invitation. FoU plans; invitees answer; a municipal contact sees only the
 * meetings they are invited to or that are for all contacts of the region; social chiefs see all.
 */
@Service
public class MeetingService {

    static final String FOLLOW_UP_OF_DECISIONS = "Uppföljning av beslut";

    private final MeetingRepository repository;
    private final MeetingNames names;
    private final CycleService cycleService;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    MeetingService(MeetingRepository repository, MeetingNames names, CycleService cycleService, ApplicationEventPublisher events,
                   AuditService audit, Messages messages, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.names = names;
        this.cycleService = cycleService;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetingsOfCycle(long cycleId) {
        AppUserPrincipal user = CurrentUser.require();
        cycleService.cycle(cycleId);
        return repository.meetingIds(cycleId).stream().map(id -> repository.load(id, names).orElseThrow())
                .filter(m -> maySee(user, m)).toList();
    }

    /**
     * The dates of the meetings of several cycles at once (e.g. for the start page), in the order of
     * {@link #meetingsOfCycle} and by the same rule of who sees which meeting: one query, however many cycles. Every
     * given cycle has an entry.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<MeetingDate>> meetingDatesOfCycles(Collection<Long> cycleIds) {
        AppUserPrincipal user = CurrentUser.require();
        Map<Long, List<MeetingDate>> byCycle = new LinkedHashMap<>();
        cycleIds.forEach(id -> byCycle.put(id, new ArrayList<>()));
        if (!cycleIds.isEmpty()) {
            repository.datesOfCycles(cycleIds, user.seesWholeRegion() ? null : user.userId())
                    .forEach(m -> byCycle.get(m.cycleId()).add(m));
        }
        return byCycle;
    }

    /** A meeting the current user may see; anything else is refused as if it did not exist for them. */
    /** Titles and times of these meetings, by id, for other modules that keep a meeting's id: one query for all. */
    @Transactional(readOnly = true)
    public Map<Long, MeetingTitle> titles(Collection<Long> ids) {
        CurrentUser.require();
        return ids.isEmpty() ? Map.of() : repository.titles(ids);
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        AppUserPrincipal user = CurrentUser.require();
        Meeting meeting = repository.load(id, names).orElseThrow(() -> new NotFoundException(messages.get("meeting.error.notFound", String.valueOf(id))));
        if (!maySee(user, meeting)) {
            throw AccessGuard.deny(user, "readMeeting", "not invited to meeting " + id);
        }
        return meeting;
    }

    static boolean maySee(AppUserPrincipal user, Meeting meeting) {
        return user.seesWholeRegion() || meeting.inviteAllContacts()
                || meeting.invitees().stream().anyMatch(i -> i.userId() == user.userId())
                || meeting.reviewers().stream().anyMatch(r -> r.userId() == user.userId());
    }

    @Transactional
    public Meeting create(long cycleId, MeetingDraft draft) {
        AppUserPrincipal user = AccessGuard.requireRole("createMeeting", Role.FOU);
        cycleService.cycle(cycleId);
        validate(draft.kind(), draft.title(), draft.startsAt(), draft.place(), draft.videoLink());
        if (draft.agenda() != null) {
            checkAgenda(draft.agenda());
        }
        long id = repository.insertMeeting(cycleId, draft.kind(), draft.title().trim(), draft.startsAt(),
                blankToNull(draft.place()), blankToNull(draft.videoLink()), draft.inviteAllContacts(), user.username(),
                LocalDateTime.now(clock));
        List<AgendaItemDraft> agenda = new ArrayList<>(draft.agenda() == null ? draft.kind().standardAgenda() : draft.agenda());
        // The next meeting of a cycle starts by following up the earlier meetings' open action items, listed
        List<Meeting.ActionItem> open = repository.openActionItemsOfCycle(cycleId, names);
        boolean followUp = !open.isEmpty() && agenda.stream().noneMatch(a -> a.title().equals(FOLLOW_UP_OF_DECISIONS));
        if (followUp) {
            agenda.add(0, new AgendaItemDraft(FOLLOW_UP_OF_DECISIONS, "FoU", 10));
        }
        repository.replaceAgenda(id, agenda);
        if (followUp) {
            Meeting created = repository.load(id, names).orElseThrow();
            repository.saveNotes(id, created.agenda().get(0).id(), followUpNotes(open));
        }
        Set<Long> invitees = new LinkedHashSet<>(draft.inviteeIds() == null ? List.of() : draft.inviteeIds());
        if (draft.inviteAllContacts()) {
            invitees.addAll(names.activeContactIds());
        }
        repository.addInvitees(id, invitees);
        audit.record("CREATE", "meeting", id, draft.kind() + " " + draft.title() + " " + draft.startsAt());
        Meeting meeting = repository.load(id, names).orElseThrow();
        announce(meeting, MeetingAnnounced.Change.INVITED);
        return meeting;
    }

    @Transactional
    public Meeting reschedule(long id, String title, LocalDateTime startsAt, String place, String videoLink) {
        AccessGuard.requireRole("rescheduleMeeting", Role.FOU);
        Meeting meeting = meeting(id);
        validate(meeting.kind(), title, startsAt, place, videoLink);
        if (meeting.status() == Meeting.Status.CANCELLED) {
            throw new ValidationException(messages.get("meeting.error.cancelled"));
        }
        repository.reschedule(id, title.trim(), startsAt, blankToNull(place), blankToNull(videoLink));
        audit.record("RESCHEDULE", "meeting", id, null, startsAt + " " + place, AuditChanges.of()
                .field("meetingTitle", meeting.title(), title.trim())
                .field("startsAt", meeting.startsAt(), startsAt)
                .field("place", meeting.place(), blankToNull(place))
                .field("videoLink", meeting.videoLink(), blankToNull(videoLink)));
        Meeting moved = repository.load(id, names).orElseThrow();
        announce(moved, MeetingAnnounced.Change.MOVED);
        return moved;
    }

    @Transactional
    public Meeting cancel(long id) {
        AccessGuard.requireRole("cancelMeeting", Role.FOU);
        Meeting meeting = meeting(id);
        if (meeting.status() == Meeting.Status.CANCELLED) {
            return meeting;
        }
        repository.setStatus(id, Meeting.Status.CANCELLED, true);
        audit.record("CANCEL", "meeting", id, meeting.title());
        Meeting cancelled = repository.load(id, names).orElseThrow();
        announce(cancelled, MeetingAnnounced.Change.CANCELLED);
        return cancelled;
    }

    @Transactional
    public Meeting updateAgenda(long id, List<AgendaItemDraft> agenda) {
        AccessGuard.requireRole("editAgenda", Role.FOU);
        Meeting meeting = meeting(id);
        if (!meeting.minutesEditable()) {
            throw new ValidationException(messages.get("minutes.error.approved"));
        }
        checkAgenda(agenda);
        repository.updateAgenda(id, agenda);
        audit.record("AGENDA", "meeting", id, agenda.size() + " punkter");
        return repository.load(id, names).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<AgendaTemplate> agendaTemplates() {
        AccessGuard.requireRole("agendaTemplates", Role.FOU);
        return repository.templates();
    }

    /** Saves the meeting's agenda (titles, presenters, minutes; no notes) as a named template. */
    @Transactional
    public void saveAgendaAsTemplate(long id, String name) {
        AppUserPrincipal user = AccessGuard.requireRole("saveAgendaTemplate", Role.FOU);
        Meeting meeting = meeting(id);
        if (!StringUtils.hasText(name)) {
            throw new ValidationException(messages.get("meeting.error.templateName"));
        }
        TextLimit.NAME.check(messages, name.trim(), "meeting.agenda.templateName");
        if (repository.templateNameTaken(name.trim())) {
            throw new ValidationException(messages.get("meeting.error.templateTaken", name.trim()));
        }
        repository.insertTemplate(name.trim(), meeting.agenda().stream()
                .map(a -> new AgendaItemDraft(a.title(), a.presenter(), a.estimatedMinutes())).toList(), user.username(),
                LocalDateTime.now(clock));
        audit.record("AGENDA_TEMPLATE", "meeting", id, name.trim());
    }

    @Transactional
    public void invite(long id, List<Long> userIds) {
        AccessGuard.requireRole("inviteToMeeting", Role.FOU);
        meeting(id);
        repository.addInvitees(id, userIds);
        audit.record("INVITE", "meeting", id, userIds.toString());
    }

    /** The current user answers their own invitation. */
    @Transactional
    public void respond(long id, Meeting.Response response) {
        AppUserPrincipal user = CurrentUser.require();
        meeting(id);
        if (!repository.respond(id, user.userId(), response, LocalDateTime.now(clock))) {
            throw new ValidationException(messages.get("meeting.error.notInvited"));
        }
        audit.record("RESPOND", "meeting", id, user.username() + " " + response);
    }

    /** The meeting as an .ics calendar file, for those who may see it. */
    @Transactional(readOnly = true)
    public String calendarFile(long id) {
        return MeetingCalendar.ics(meeting(id));
    }

    private void announce(Meeting meeting, MeetingAnnounced.Change change) {
        List<Long> users = meeting.invitees().stream().map(Meeting.Invitee::userId).toList();
        events.publishEvent(new MeetingAnnounced(meeting.id(), change, users,
                meeting.title() + " " + MeetingFormat.when(meeting)));
    }

    private void checkAgenda(List<AgendaItemDraft> agenda) {
        if (agenda.stream().anyMatch(a -> !StringUtils.hasText(a.title()) || a.estimatedMinutes() < 1)) {
            throw new ValidationException(messages.get("meeting.error.agendaItem"));
        }
        for (AgendaItemDraft item : agenda) {
            TextLimit.TITLE.check(messages, item.title().trim(), "meeting.agenda.itemTitle");
            TextLimit.NAME.check(messages, item.presenter(), "meeting.agenda.presenter");
        }
    }

    /** The open action items listed under "Uppföljning av beslut", cut to what a note holds. */
    private static String followUpNotes(List<Meeting.ActionItem> open) {
        String notes = open.stream().map(a -> "• " + a.text() + " – " + a.owner() + ", senast " + a.dueDate())
                .collect(Collectors.joining("\n"));
        int max = TextLimit.TEXT.max();
        return notes.length() <= max ? notes : notes.substring(0, max - 1) + "…";
    }

    private void validate(MeetingKind kind, String title, LocalDateTime startsAt, String place, String videoLink) {
        List<String> problems = new ArrayList<>();
        if (!TextLimit.TITLE.fits(title)) {
            problems.add(TextLimit.TITLE.problem(messages, title, "meeting.title"));
        }
        if (!TextLimit.TITLE.fits(place)) {
            problems.add(TextLimit.TITLE.problem(messages, place, "meeting.place"));
        }
        if (!TextLimit.REFERENCE.fits(videoLink)) {
            problems.add(TextLimit.REFERENCE.problem(messages, videoLink, "meeting.videoLink"));
        }
        if (kind == null) {
            problems.add(messages.get("meeting.error.kind"));
        }
        if (!StringUtils.hasText(title)) {
            problems.add(messages.get("meeting.error.title"));
        }
        if (startsAt == null) {
            problems.add(messages.get("meeting.error.startsAt"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.trim() : null;
    }

}
