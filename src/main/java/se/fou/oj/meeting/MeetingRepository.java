package se.fou.oj.meeting;

import static se.fou.oj.db.Tables.AGENDA_TEMPLATE;
import static se.fou.oj.db.Tables.AGENDA_TEMPLATE_ITEM;
import static se.fou.oj.db.Tables.MEETING;
import static se.fou.oj.db.Tables.MEETING_ACTION_ITEM;
import static se.fou.oj.db.Tables.MEETING_AGENDA_ITEM;
import static se.fou.oj.db.Tables.MEETING_ATTENDANCE;
import static se.fou.oj.db.Tables.MEETING_DECISION;
import static se.fou.oj.db.Tables.MEETING_INVITEE;
import static se.fou.oj.db.Tables.MEETING_PAPER;
import static se.fou.oj.db.Tables.MEETING_REVIEWER;
import static se.fou.oj.db.Tables.MINUTES_VERSION;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.meeting.Meeting.ActionItem;
import se.fou.oj.user.UserAccount;

@Repository
class MeetingRepository {

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Long> meetingIds(long cycleId) {
        return dsl.select(MEETING.ID).from(MEETING).where(MEETING.CYCLE_ID.eq(cycleId)).orderBy(MEETING.STARTS_AT)
                .fetch(MEETING.ID);
    }

    /**
     * The dates of the cycles' meetings, by start; with a user id only those that user may see (as
     * {@code MeetingService.maySee}: all contacts invited, or invited or reviewer herself), without one all of them.
     */
    List<MeetingDate> datesOfCycles(Collection<Long> cycleIds, Long onlyVisibleTo) {
        Condition visible = visibleTo(onlyVisibleTo);
        return dsl.select(MEETING.ID, MEETING.CYCLE_ID, MEETING.KIND, MEETING.TITLE, MEETING.STARTS_AT, MEETING.STATUS)
                .from(MEETING).where(MEETING.CYCLE_ID.in(cycleIds), visible).orderBy(MEETING.STARTS_AT)
                .fetch(r -> new MeetingDate(r.value1(), r.value2(), MeetingKind.valueOf(r.value3()), r.value4(), r.value5(),
                        Meeting.Status.valueOf(r.value6())));
    }

    /** The meetings a user may see (as {@code MeetingService.maySee}); every meeting without a user id. */
    private static Condition visibleTo(Long onlyVisibleTo) {
        return onlyVisibleTo == null ? DSL.trueCondition() : MEETING.INVITE_ALL_CONTACTS.isTrue()
                .or(DSL.exists(DSL.selectOne().from(MEETING_INVITEE).where(MEETING_INVITEE.MEETING_ID.eq(MEETING.ID),
                        MEETING_INVITEE.USER_ID.eq(onlyVisibleTo))))
                .or(DSL.exists(DSL.selectOne().from(MEETING_REVIEWER).where(MEETING_REVIEWER.MEETING_ID.eq(MEETING.ID),
                        MEETING_REVIEWER.USER_ID.eq(onlyVisibleTo))));
    }

    /** A whole meeting; the cycle's title, people's and municipalities' names come through {@code names}. */
    /** The meeting's title alone, e.g. for the audit log. */
    Optional<String> title(long id) {
        return dsl.select(MEETING.TITLE).from(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MEETING.TITLE);
    }

    Optional<Meeting> load(long id, MeetingNames names) {
        Record m = dsl.select(MEETING.asterisk()).from(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        var agenda = dsl.selectFrom(MEETING_AGENDA_ITEM).where(MEETING_AGENDA_ITEM.MEETING_ID.eq(id))
                .orderBy(MEETING_AGENDA_ITEM.POSITION)
                .fetch(r -> new Meeting.AgendaItem(r.getId(), r.getPosition(), r.getTitle(), r.getPresenter(),
                        r.getEstimatedMinutes(), r.getNotes()));
        var inviteeRows = dsl.select(MEETING_INVITEE.USER_ID, MEETING_INVITEE.RESPONSE).from(MEETING_INVITEE)
                .where(MEETING_INVITEE.MEETING_ID.eq(id)).fetch();
        var attendanceRows = dsl.selectFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(id))
                .orderBy(MEETING_ATTENDANCE.ID).fetch();
        var reviewerRows = dsl.select(MEETING_REVIEWER.USER_ID, MEETING_REVIEWER.APPROVED_VERSION,
                        MEETING_REVIEWER.APPROVED_AT, MEETING_REVIEWER.REVIEW_COMMENT)
                .from(MEETING_REVIEWER).where(MEETING_REVIEWER.MEETING_ID.eq(id)).fetch();
        // One look-up of the people, one of the municipalities, for the whole meeting
        Set<Long> userIds = new HashSet<>(inviteeRows.getValues(MEETING_INVITEE.USER_ID));
        userIds.addAll(reviewerRows.getValues(MEETING_REVIEWER.USER_ID));
        Map<Long, UserAccount> users = names.users(userIds);
        Set<Long> municipalityIds = new HashSet<>();
        users.values().stream().map(UserAccount::municipalityId).filter(Objects::nonNull).forEach(municipalityIds::add);
        attendanceRows.stream().map(r -> r.getMunicipalityId()).filter(Objects::nonNull).forEach(municipalityIds::add);
        Map<Long, String> municipalities = names.municipalities(municipalityIds);
        Collator swedish = Collator.getInstance(Messages.SWEDISH);
        Comparator<String> byName = Comparator.nullsFirst(swedish::compare);
        var invitees = inviteeRows.stream().map(r -> {
                    UserAccount user = users.get(r.value1());
                    Long municipalityId = user == null ? null : user.municipalityId();
                    return new Meeting.Invitee(r.value1(), user == null ? null : user.displayName(),
                            user == null ? null : user.role().name(), municipalityId,
                            municipalityId == null ? null : municipalities.get(municipalityId),
                            Meeting.Response.valueOf(r.value2()));
                })
                .sorted(Comparator.comparing(Meeting.Invitee::municipalityName, byName)
                        .thenComparing(Meeting.Invitee::name, byName))
                .toList();
        var attendance = attendanceRows.stream()
                .map(r -> new Meeting.Attendance(r.getId(), r.getPersonName(), r.getMunicipalityId(),
                        r.getMunicipalityId() == null ? null : municipalities.get(r.getMunicipalityId()),
                        JobFunction.valueOf(r.getJobFunction()), r.getPresent()))
                // Municipalities alphabetically, FoU last, each in the order recorded (the rows come by id)
                .sorted(Comparator.comparing(Meeting.Attendance::municipalityName, Comparator.nullsLast(swedish::compare)))
                .toList();
        var decisions = dsl.selectFrom(MEETING_DECISION).where(MEETING_DECISION.MEETING_ID.eq(id))
                .orderBy(MEETING_DECISION.POSITION)
                .fetch(r -> new Meeting.Decision(r.getId(), r.getPosition(), r.getDecisionText()));
        var reviewers = reviewerRows.stream()
                .map(r -> new Meeting.Reviewer(r.value1(), users.containsKey(r.value1()) ? users.get(r.value1()).displayName()
                        : null, r.value2(), r.value3(), r.value4()))
                .sorted(Comparator.comparing(Meeting.Reviewer::name, byName))
                .toList();
        var versions = dsl.select(MINUTES_VERSION.VERSION_NO, MINUTES_VERSION.APPROVED_AT, MINUTES_VERSION.APPROVED_BY,
                        MINUTES_VERSION.CORRECTION_REASON)
                .from(MINUTES_VERSION).where(MINUTES_VERSION.MEETING_ID.eq(id)).orderBy(MINUTES_VERSION.VERSION_NO)
                .fetch(r -> new Meeting.MinutesVersion(r.value1(), r.value2(), r.value3(), r.value4()));
        return Optional.of(new Meeting(id, m.get(MEETING.CYCLE_ID), names.cycleTitle(m.get(MEETING.CYCLE_ID)),
                MeetingKind.valueOf(m.get(MEETING.KIND)), m.get(MEETING.TITLE), m.get(MEETING.STARTS_AT), m.get(MEETING.PLACE),
                m.get(MEETING.VIDEO_LINK), Meeting.Status.valueOf(m.get(MEETING.STATUS)), m.get(MEETING.CALENDAR_SEQUENCE),
                m.get(MEETING.INVITE_ALL_CONTACTS), Meeting.MinutesStatus.valueOf(m.get(MEETING.MINUTES_STATUS)),
                m.get(MEETING.MINUTES_VERSION), m.get(MEETING.CORRECTION_REASON), agenda, invitees, attendance, decisions,
                actionItems(MEETING_ACTION_ITEM.MEETING_ID.eq(id), names), reviewers, versions));
    }

    /** Action items; their owners' names (a person's, a municipality's) come through {@code names}, once for all. */
    List<ActionItem> actionItems(Condition condition, MeetingNames names) {
        var rows = dsl.selectFrom(MEETING_ACTION_ITEM).where(condition)
                .orderBy(MEETING_ACTION_ITEM.DUE_DATE, MEETING_ACTION_ITEM.ID).fetch();
        Map<Long, UserAccount> users = names.users(rows.stream().map(r -> r.getOwnerUserId()).filter(Objects::nonNull)
                .distinct().toList());
        Map<Long, String> municipalities = names.municipalities(rows.stream().map(r -> r.getOwnerMunicipalityId())
                .filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> new ActionItem(r.getId(), r.getMeetingId(), r.getActionText(), r.getOwnerUserId(),
                        r.getOwnerUserId() == null || !users.containsKey(r.getOwnerUserId()) ? null
                                : users.get(r.getOwnerUserId()).displayName(), r.getOwnerMunicipalityId(),
                        r.getOwnerMunicipalityId() == null ? null : municipalities.get(r.getOwnerMunicipalityId()), r.getDueDate(),
                        r.getDoneAt()))
                .toList();
    }

    /** Open action items owned by the user or by the user's municipality. */
    List<ActionItem> openActionItemsFor(long userId, Long municipalityId, MeetingNames names) {
        var condition = MEETING_ACTION_ITEM.DONE_AT.isNull().and(MEETING_ACTION_ITEM.OWNER_USER_ID.eq(userId)
                .or(municipalityId == null ? DSL.falseCondition()
                        : MEETING_ACTION_ITEM.OWNER_MUNICIPALITY_ID.eq(municipalityId)));
        return actionItems(condition, names);
    }

    /** Meetings whose minutes are out for review and wait for this reviewer's approval of the current version. */
    List<Long> minutesAwaitingReviewBy(long userId) {
        return dsl.select(MEETING.ID).from(MEETING).join(MEETING_REVIEWER).on(MEETING_REVIEWER.MEETING_ID.eq(MEETING.ID))
                .where(MEETING.MINUTES_STATUS.eq(Meeting.MinutesStatus.REVIEW.name())
                        .and(MEETING_REVIEWER.USER_ID.eq(userId))
                        .and(MEETING_REVIEWER.APPROVED_VERSION.isNull()
                                .or(MEETING_REVIEWER.APPROVED_VERSION.ne(MEETING.MINUTES_VERSION))))
                .orderBy(MEETING.STARTS_AT).fetch(MEETING.ID);
    }

    /** Open action items of the cycle's earlier meetings, for the next meeting's "uppföljning av beslut". */
    List<ActionItem> openActionItemsOfCycle(long cycleId, MeetingNames names) {
        return actionItems(MEETING_ACTION_ITEM.DONE_AT.isNull().and(MEETING_ACTION_ITEM.MEETING_ID.in(
                DSL.select(MEETING.ID).from(MEETING).where(MEETING.CYCLE_ID.eq(cycleId)))), names);
    }

    /** Action items not done whose date has passed, of the meetings the user may see (all without a user id). */
    List<ActionItem> overdueActionItems(LocalDate today, Long onlyVisibleTo, MeetingNames names) {
        return actionItems(MEETING_ACTION_ITEM.DONE_AT.isNull().and(MEETING_ACTION_ITEM.DUE_DATE.lt(today))
                .and(MEETING_ACTION_ITEM.MEETING_ID.in(DSL.select(MEETING.ID).from(MEETING).where(visibleTo(onlyVisibleTo)))),
                names);
    }

    long insertMeeting(long cycleId, MeetingKind kind, String title, LocalDateTime startsAt, String place, String videoLink,
                       boolean inviteAll, String by, LocalDateTime at) {
        return dsl.insertInto(MEETING)
                .set(MEETING.CYCLE_ID, cycleId).set(MEETING.KIND, kind.name()).set(MEETING.TITLE, title)
                .set(MEETING.STARTS_AT, startsAt).set(MEETING.PLACE, place).set(MEETING.VIDEO_LINK, videoLink)
                .set(MEETING.INVITE_ALL_CONTACTS, inviteAll).set(MEETING.CREATED_BY, by).set(MEETING.CREATED_AT, at)
                .returning(MEETING.ID).fetchOne().getId();
    }

    /** A moved meeting keeps its calendar UID; the sequence rises so calendars update the same entry. */
    void reschedule(long id, String title, LocalDateTime startsAt, String place, String videoLink) {
        dsl.update(MEETING).set(MEETING.TITLE, title).set(MEETING.STARTS_AT, startsAt).set(MEETING.PLACE, place)
                .set(MEETING.VIDEO_LINK, videoLink).set(MEETING.CALENDAR_SEQUENCE, MEETING.CALENDAR_SEQUENCE.plus(1))
                .where(MEETING.ID.eq(id)).execute();
    }

    void setStatus(long id, Meeting.Status status, boolean bumpSequence) {
        var update = dsl.update(MEETING).set(MEETING.STATUS, status.name());
        if (bumpSequence) {
            update = update.set(MEETING.CALENDAR_SEQUENCE, MEETING.CALENDAR_SEQUENCE.plus(1));
        }
        update.where(MEETING.ID.eq(id)).execute();
    }

    void replaceAgenda(long meetingId, List<AgendaItemDraft> items) {
        dsl.deleteFrom(MEETING_AGENDA_ITEM).where(MEETING_AGENDA_ITEM.MEETING_ID.eq(meetingId)).execute();
        int position = 0;
        for (AgendaItemDraft item : items) {
            dsl.insertInto(MEETING_AGENDA_ITEM).set(MEETING_AGENDA_ITEM.MEETING_ID, meetingId)
                    .set(MEETING_AGENDA_ITEM.POSITION, ++position).set(MEETING_AGENDA_ITEM.TITLE, item.title())
                    .set(MEETING_AGENDA_ITEM.PRESENTER, item.presenter())
                    .set(MEETING_AGENDA_ITEM.ESTIMATED_MINUTES, item.estimatedMinutes()).execute();
        }
    }

    /** A new agenda for a meeting whose items may already have notes: an item keeps its notes by its title. */
    void updateAgenda(long meetingId, List<AgendaItemDraft> items) {
        Map<String, String> notes = new HashMap<>();
        dsl.selectFrom(MEETING_AGENDA_ITEM).where(MEETING_AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .forEach(r -> {
                    if (r.getNotes() != null) {
                        notes.merge(r.getTitle(), r.getNotes(), (a, b) -> a + "\n" + b);
                    }
                });
        replaceAgenda(meetingId, items);
        notes.forEach((title, text) -> dsl.update(MEETING_AGENDA_ITEM).set(MEETING_AGENDA_ITEM.NOTES, text)
                .where(MEETING_AGENDA_ITEM.MEETING_ID.eq(meetingId).and(MEETING_AGENDA_ITEM.TITLE.eq(title))).execute());
    }

    void saveNotes(long meetingId, long agendaItemId, String notes) {
        dsl.update(MEETING_AGENDA_ITEM).set(MEETING_AGENDA_ITEM.NOTES, notes)
                .where(MEETING_AGENDA_ITEM.ID.eq(agendaItemId).and(MEETING_AGENDA_ITEM.MEETING_ID.eq(meetingId))).execute();
    }

    void addInvitees(long meetingId, Collection<Long> userIds) {
        for (Long userId : userIds) {
            if (!dsl.fetchExists(MEETING_INVITEE, MEETING_INVITEE.MEETING_ID.eq(meetingId).and(MEETING_INVITEE.USER_ID.eq(userId)))) {
                dsl.insertInto(MEETING_INVITEE).set(MEETING_INVITEE.MEETING_ID, meetingId)
                        .set(MEETING_INVITEE.USER_ID, userId).execute();
            }
        }
    }

    boolean respond(long meetingId, long userId, Meeting.Response response, LocalDateTime at) {
        return dsl.update(MEETING_INVITEE).set(MEETING_INVITEE.RESPONSE, response.name()).set(MEETING_INVITEE.RESPONDED_AT, at)
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId).and(MEETING_INVITEE.USER_ID.eq(userId))).execute() > 0;
    }

    void addAttendance(long meetingId, String name, Long municipalityId, JobFunction function, boolean present) {
        dsl.insertInto(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.MEETING_ID, meetingId)
                .set(MEETING_ATTENDANCE.PERSON_NAME, name).set(MEETING_ATTENDANCE.MUNICIPALITY_ID, municipalityId)
                .set(MEETING_ATTENDANCE.JOB_FUNCTION, function.name()).set(MEETING_ATTENDANCE.PRESENT, present).execute();
    }

    void removeAttendance(long meetingId, long attendanceId) {
        dsl.deleteFrom(MEETING_ATTENDANCE)
                .where(MEETING_ATTENDANCE.ID.eq(attendanceId).and(MEETING_ATTENDANCE.MEETING_ID.eq(meetingId))).execute();
    }

    void addDecision(long meetingId, String text) {
        int position = dsl.fetchCount(MEETING_DECISION, MEETING_DECISION.MEETING_ID.eq(meetingId)) + 1;
        dsl.insertInto(MEETING_DECISION).set(MEETING_DECISION.MEETING_ID, meetingId)
                .set(MEETING_DECISION.POSITION, position).set(MEETING_DECISION.DECISION_TEXT, text).execute();
    }

    void addActionItem(long meetingId, String text, Long ownerUserId, Long ownerMunicipalityId, LocalDate due) {
        dsl.insertInto(MEETING_ACTION_ITEM).set(MEETING_ACTION_ITEM.MEETING_ID, meetingId)
                .set(MEETING_ACTION_ITEM.ACTION_TEXT, text).set(MEETING_ACTION_ITEM.OWNER_USER_ID, ownerUserId)
                .set(MEETING_ACTION_ITEM.OWNER_MUNICIPALITY_ID, ownerMunicipalityId).set(MEETING_ACTION_ITEM.DUE_DATE, due)
                .execute();
    }

    void markActionDone(long actionId, LocalDateTime at) {
        dsl.update(MEETING_ACTION_ITEM).set(MEETING_ACTION_ITEM.DONE_AT, at).where(MEETING_ACTION_ITEM.ID.eq(actionId)).execute();
    }

    Optional<ActionItem> actionItem(long actionId, MeetingNames names) {
        return actionItems(MEETING_ACTION_ITEM.ID.eq(actionId), names).stream().findFirst();
    }

    void setReviewers(long meetingId, Collection<Long> userIds) {
        dsl.deleteFrom(MEETING_REVIEWER).where(MEETING_REVIEWER.MEETING_ID.eq(meetingId)).execute();
        for (Long userId : userIds) {
            dsl.insertInto(MEETING_REVIEWER).set(MEETING_REVIEWER.MEETING_ID, meetingId).set(MEETING_REVIEWER.USER_ID, userId)
                    .execute();
        }
    }

    void setMinutesStatus(long meetingId, Meeting.MinutesStatus status) {
        dsl.update(MEETING).set(MEETING.MINUTES_STATUS, status.name()).where(MEETING.ID.eq(meetingId)).execute();
    }

    void review(long meetingId, long userId, Integer approvedVersion, LocalDateTime approvedAt, String comment) {
        dsl.update(MEETING_REVIEWER).set(MEETING_REVIEWER.APPROVED_VERSION, approvedVersion)
                .set(MEETING_REVIEWER.APPROVED_AT, approvedAt).set(MEETING_REVIEWER.REVIEW_COMMENT, comment)
                .where(MEETING_REVIEWER.MEETING_ID.eq(meetingId).and(MEETING_REVIEWER.USER_ID.eq(userId))).execute();
    }

    void startCorrection(long meetingId, String reason) {
        dsl.update(MEETING).set(MEETING.MINUTES_VERSION, MEETING.MINUTES_VERSION.plus(1))
                .set(MEETING.MINUTES_STATUS, Meeting.MinutesStatus.DRAFT.name()).set(MEETING.CORRECTION_REASON, reason)
                .where(MEETING.ID.eq(meetingId)).execute();
        dsl.update(MEETING_REVIEWER).setNull(MEETING_REVIEWER.APPROVED_VERSION).setNull(MEETING_REVIEWER.APPROVED_AT)
                .where(MEETING_REVIEWER.MEETING_ID.eq(meetingId)).execute();
    }

    void insertMinutesVersion(long meetingId, int versionNo, LocalDateTime at, String approvedBy, String reason, byte[] pdf) {
        dsl.insertInto(MINUTES_VERSION).set(MINUTES_VERSION.MEETING_ID, meetingId).set(MINUTES_VERSION.VERSION_NO, versionNo)
                .set(MINUTES_VERSION.APPROVED_AT, at).set(MINUTES_VERSION.APPROVED_BY, approvedBy)
                .set(MINUTES_VERSION.CORRECTION_REASON, reason).set(MINUTES_VERSION.PDF, pdf).execute();
    }

    List<Paper> papers(long meetingId) {
        return dsl.select(MEETING_PAPER.ID, MEETING_PAPER.MEETING_ID, MEETING_PAPER.KIND, MEETING_PAPER.TITLE,
                        MEETING_PAPER.REFERENCE_ID, MEETING_PAPER.REFERENCE_VERSION, MEETING_PAPER.FILE_NAME,
                        MEETING_PAPER.CONTENT_TYPE, MEETING_PAPER.SIZE_BYTES, MEETING_PAPER.ADDED_BY, MEETING_PAPER.ADDED_AT)
                .from(MEETING_PAPER).where(MEETING_PAPER.MEETING_ID.eq(meetingId)).orderBy(MEETING_PAPER.ID)
                .fetch(r -> new Paper(r.value1(), r.value2(), Paper.Kind.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    void insertPaper(long meetingId, Paper.Kind kind, String title, Long referenceId, Integer referenceVersion,
                     String fileName, String contentType, byte[] content, String by, LocalDateTime at) {
        dsl.insertInto(MEETING_PAPER).set(MEETING_PAPER.MEETING_ID, meetingId).set(MEETING_PAPER.KIND, kind.name())
                .set(MEETING_PAPER.TITLE, title).set(MEETING_PAPER.REFERENCE_ID, referenceId)
                .set(MEETING_PAPER.REFERENCE_VERSION, referenceVersion).set(MEETING_PAPER.FILE_NAME, fileName)
                .set(MEETING_PAPER.CONTENT_TYPE, contentType).set(MEETING_PAPER.SIZE_BYTES, content == null ? null : content.length)
                .set(MEETING_PAPER.CONTENT, content).set(MEETING_PAPER.ADDED_BY, by).set(MEETING_PAPER.ADDED_AT, at).execute();
    }

    Optional<byte[]> paperContent(long meetingId, long paperId) {
        return dsl.select(MEETING_PAPER.CONTENT).from(MEETING_PAPER)
                .where(MEETING_PAPER.ID.eq(paperId).and(MEETING_PAPER.MEETING_ID.eq(meetingId)))
                .fetchOptional(MEETING_PAPER.CONTENT);
    }

    void deletePaper(long meetingId, long paperId) {
        dsl.deleteFrom(MEETING_PAPER).where(MEETING_PAPER.ID.eq(paperId).and(MEETING_PAPER.MEETING_ID.eq(meetingId))).execute();
    }

    List<AgendaTemplate> templates() {
        var items = dsl.selectFrom(AGENDA_TEMPLATE_ITEM).orderBy(AGENDA_TEMPLATE_ITEM.TEMPLATE_ID, AGENDA_TEMPLATE_ITEM.POSITION)
                .fetchGroups(AGENDA_TEMPLATE_ITEM.TEMPLATE_ID, r -> new AgendaItemDraft(r.getTitle(), r.getPresenter(),
                        r.getEstimatedMinutes()));
        return dsl.selectFrom(AGENDA_TEMPLATE).orderBy(AGENDA_TEMPLATE.NAME)
                .fetch(r -> new AgendaTemplate(r.getId(), r.getName(), items.getOrDefault(r.getId(), List.of())));
    }

    boolean templateNameTaken(String name) {
        return dsl.fetchExists(AGENDA_TEMPLATE, AGENDA_TEMPLATE.NAME.eq(name));
    }

    void insertTemplate(String name, List<AgendaItemDraft> items, String by, LocalDateTime at) {
        long id = dsl.insertInto(AGENDA_TEMPLATE).set(AGENDA_TEMPLATE.NAME, name).set(AGENDA_TEMPLATE.CREATED_BY, by)
                .set(AGENDA_TEMPLATE.CREATED_AT, at).returning(AGENDA_TEMPLATE.ID).fetchOne().getId();
        int position = 0;
        for (AgendaItemDraft item : items) {
            dsl.insertInto(AGENDA_TEMPLATE_ITEM).set(AGENDA_TEMPLATE_ITEM.TEMPLATE_ID, id)
                    .set(AGENDA_TEMPLATE_ITEM.POSITION, ++position).set(AGENDA_TEMPLATE_ITEM.TITLE, item.title())
                    .set(AGENDA_TEMPLATE_ITEM.PRESENTER, item.presenter())
                    .set(AGENDA_TEMPLATE_ITEM.ESTIMATED_MINUTES, item.estimatedMinutes()).execute();
        }
    }

    Optional<byte[]> minutesPdf(long meetingId, int versionNo) {
        return dsl.select(MINUTES_VERSION.PDF).from(MINUTES_VERSION)
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId).and(MINUTES_VERSION.VERSION_NO.eq(versionNo)))
                .fetchOptional(MINUTES_VERSION.PDF);
    }

    Map<Long, MeetingTitle> titles(Collection<Long> ids) {
        return dsl.select(MEETING.ID, MEETING.CYCLE_ID, MEETING.TITLE, MEETING.STARTS_AT).from(MEETING)
                .where(MEETING.ID.in(ids))
                .fetchMap(MEETING.ID, r -> new MeetingTitle(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
