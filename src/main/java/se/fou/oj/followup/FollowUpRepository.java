package se.fou.oj.followup;

import static se.fou.oj.db.Tables.FOLLOW_UP;
import static se.fou.oj.db.Tables.FOLLOW_UP_SECTION;
import static se.fou.oj.db.Tables.MILESTONE_PROGRESS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import se.fou.oj.analysis.Plan;

@Repository
class FollowUpRepository {

    private final DSLContext dsl;

    FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<FollowUp> ofArea(long developmentAreaId) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.DEVELOPMENT_AREA_ID.eq(developmentAreaId)).orderBy(FOLLOW_UP.ID)
                .fetch(this::followUp);
    }

    /** The follow-ups of the areas, by id, with their sections: two queries for all. */
    List<FollowUp> ofAreas(Collection<Long> developmentAreaIds) {
        var rows = dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.DEVELOPMENT_AREA_ID.in(developmentAreaIds))
                .orderBy(FOLLOW_UP.ID).fetch();
        Map<Long, Map<FollowUp.Section, String>> sections = new HashMap<>();
        if (!rows.isEmpty()) {
            dsl.selectFrom(FOLLOW_UP_SECTION).where(FOLLOW_UP_SECTION.FOLLOW_UP_ID.in(rows.getValues(FOLLOW_UP.ID)))
                    .forEach(s -> sections.computeIfAbsent(s.getFollowUpId(), k -> new EnumMap<>(FollowUp.Section.class))
                            .put(FollowUp.Section.valueOf(s.getSection()), s.getSectionText()));
        }
        return rows.map(r -> new FollowUp(r.getId(), r.getDevelopmentAreaId(), r.getTitle(), r.getCovers(),
                r.getMeetingId(), r.getRequestId(), r.getCreatedBy(), r.getCreatedAt(),
                sections.getOrDefault(r.getId(), new EnumMap<>(FollowUp.Section.class))));
    }

    Optional<FollowUp> byId(long id) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).fetchOptional(this::followUp);
    }

    private FollowUp followUp(Record r) {
        long id = r.get(FOLLOW_UP.ID);
        Map<FollowUp.Section, String> sections = new EnumMap<>(FollowUp.Section.class);
        dsl.selectFrom(FOLLOW_UP_SECTION).where(FOLLOW_UP_SECTION.FOLLOW_UP_ID.eq(id))
                .forEach(s -> sections.put(FollowUp.Section.valueOf(s.getSection()), s.getSectionText()));
        return new FollowUp(id, r.get(FOLLOW_UP.DEVELOPMENT_AREA_ID), r.get(FOLLOW_UP.TITLE), r.get(FOLLOW_UP.COVERS),
                r.get(FOLLOW_UP.MEETING_ID), r.get(FOLLOW_UP.REQUEST_ID), r.get(FOLLOW_UP.CREATED_BY),
                r.get(FOLLOW_UP.CREATED_AT), sections);
    }

    long insert(long developmentAreaId, String title, String covers, Long meetingId, Long requestId, String by,
                LocalDateTime at) {
        return dsl.insertInto(FOLLOW_UP).set(FOLLOW_UP.DEVELOPMENT_AREA_ID, developmentAreaId).set(FOLLOW_UP.TITLE, title)
                .set(FOLLOW_UP.COVERS, covers).set(FOLLOW_UP.MEETING_ID, meetingId).set(FOLLOW_UP.REQUEST_ID, requestId)
                .set(FOLLOW_UP.CREATED_BY, by).set(FOLLOW_UP.CREATED_AT, at).returning(FOLLOW_UP.ID).fetchOne().getId();
    }

    /** Reached milestones of the area by (due date, title), the milestone's identity within its decided plan. */
    /**
     * The reached milestones of the areas in one query: by development area id, then by {@link #key}; an area with none
     * reached has no entry.
     */
    Map<Long, Map<String, MilestoneProgress>> reachedOfAreas(Collection<Long> developmentAreaIds) {
        Map<Long, Map<String, MilestoneProgress>> reached = new HashMap<>();
        if (developmentAreaIds.isEmpty()) {
            return reached;
        }
        dsl.selectFrom(MILESTONE_PROGRESS).where(MILESTONE_PROGRESS.DEVELOPMENT_AREA_ID.in(developmentAreaIds)).forEach(r ->
                reached.computeIfAbsent(r.getDevelopmentAreaId(), id -> new HashMap<>())
                        .put(key(r.getDueOn(), r.getMilestoneTitle()), new MilestoneProgress(
                                new Plan.Milestone(r.getDueOn(), r.getMilestoneTitle()), r.getReachedOn(),
                                r.getProgressNote())));
        return reached;
    }

    static String key(LocalDate dueOn, String title) {
        return dueOn + " " + title;
    }

    void markReached(long developmentAreaId, Plan.Milestone milestone, LocalDate reachedOn,
                     String note, String by, LocalDateTime at) {
        dsl.deleteFrom(MILESTONE_PROGRESS).where(MILESTONE_PROGRESS.DEVELOPMENT_AREA_ID.eq(developmentAreaId),
                MILESTONE_PROGRESS.DUE_ON.eq(milestone.dueOn()), MILESTONE_PROGRESS.MILESTONE_TITLE.eq(milestone.title())).execute();
        if (reachedOn != null) {
            dsl.insertInto(MILESTONE_PROGRESS).set(MILESTONE_PROGRESS.DEVELOPMENT_AREA_ID, developmentAreaId)
                    .set(MILESTONE_PROGRESS.DUE_ON, milestone.dueOn()).set(MILESTONE_PROGRESS.MILESTONE_TITLE, milestone.title())
                    .set(MILESTONE_PROGRESS.REACHED_ON, reachedOn).set(MILESTONE_PROGRESS.PROGRESS_NOTE, note)
                    .set(MILESTONE_PROGRESS.RECORDED_BY, by).set(MILESTONE_PROGRESS.RECORDED_AT, at).execute();
        }
    }

    /** Writes one section; an empty text removes it, so an unwritten section is simply absent. */
    void saveSection(long followUpId, FollowUp.Section section, String text, String by, LocalDateTime at) {
        dsl.deleteFrom(FOLLOW_UP_SECTION)
                .where(FOLLOW_UP_SECTION.FOLLOW_UP_ID.eq(followUpId), FOLLOW_UP_SECTION.SECTION.eq(section.name())).execute();
        if (text != null) {
            dsl.insertInto(FOLLOW_UP_SECTION).set(FOLLOW_UP_SECTION.FOLLOW_UP_ID, followUpId)
                    .set(FOLLOW_UP_SECTION.SECTION, section.name()).set(FOLLOW_UP_SECTION.SECTION_TEXT, text)
                    .set(FOLLOW_UP_SECTION.UPDATED_BY, by).set(FOLLOW_UP_SECTION.UPDATED_AT, at).execute();
        }
    }
}
