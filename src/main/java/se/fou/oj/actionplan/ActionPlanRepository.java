package se.fou.oj.actionplan;

import static se.fou.oj.db.Tables.ACTION_ACTIVITY;
import static se.fou.oj.db.Tables.ACTION_PLAN;
import static se.fou.oj.db.Tables.ACTIVITY_NOTE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ActionPlanRepository {

    /** The owner key of the region's/FoU's own plan (a municipality's plan is keyed by the municipality's id). */
    static final long REGION_KEY = 0L;

    /** A plan as stored; {@code changedAt} is the last change to its activities or notes. */
    record PlanRow(long id, long developmentAreaId, Long municipalityId, String approvedBy, LocalDateTime approvedAt,
                   LocalDateTime changedAt) {
    }

    record ActivityRow(long id, long planId, int position, String origin, String what, String responsiblePerson,
                       LocalDate startsOn, LocalDate dueOn, ActivityStatus status, String dropReason) {
    }

    private final DSLContext dsl;

    ActionPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<PlanRow> plansOfAreas(Collection<Long> developmentAreaIds) {
        return dsl.selectFrom(ACTION_PLAN).where(ACTION_PLAN.DEVELOPMENT_AREA_ID.in(developmentAreaIds))
                .orderBy(ACTION_PLAN.DEVELOPMENT_AREA_ID, ACTION_PLAN.OWNER_KEY).fetch(this::plan);
    }

    Optional<PlanRow> plan(long id) {
        return dsl.selectFrom(ACTION_PLAN).where(ACTION_PLAN.ID.eq(id)).fetchOptional(this::plan);
    }

    private PlanRow plan(Record r) {
        return new PlanRow(r.get(ACTION_PLAN.ID), r.get(ACTION_PLAN.DEVELOPMENT_AREA_ID), r.get(ACTION_PLAN.MUNICIPALITY_ID),
                r.get(ACTION_PLAN.APPROVED_BY), r.get(ACTION_PLAN.APPROVED_AT), r.get(ACTION_PLAN.CHANGED_AT));
    }

    /** The plans' activities in each plan's order. */
    List<ActivityRow> activitiesOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ACTION_ACTIVITY).where(ACTION_ACTIVITY.ACTION_PLAN_ID.in(planIds))
                .orderBy(ACTION_ACTIVITY.ACTION_PLAN_ID, ACTION_ACTIVITY.POSITION, ACTION_ACTIVITY.ID).fetch(this::activity);
    }

    Optional<ActivityRow> activity(long id) {
        return dsl.selectFrom(ACTION_ACTIVITY).where(ACTION_ACTIVITY.ID.eq(id)).fetchOptional(this::activity);
    }

    private ActivityRow activity(Record r) {
        return new ActivityRow(r.get(ACTION_ACTIVITY.ID), r.get(ACTION_ACTIVITY.ACTION_PLAN_ID), r.get(ACTION_ACTIVITY.POSITION),
                r.get(ACTION_ACTIVITY.RESPONSIBLE_KIND), r.get(ACTION_ACTIVITY.WHAT), r.get(ACTION_ACTIVITY.RESPONSIBLE_PERSON),
                r.get(ACTION_ACTIVITY.STARTS_ON), r.get(ACTION_ACTIVITY.DUE_ON),
                ActivityStatus.valueOf(r.get(ACTION_ACTIVITY.STATUS)), r.get(ACTION_ACTIVITY.DROP_REASON));
    }

    /** The activities' notes, oldest first (by the day noted, then as written). */
    Map<Long, List<Note>> notesOfActivities(Collection<Long> activityIds) {
        Map<Long, List<Note>> notes = new HashMap<>();
        if (activityIds.isEmpty()) {
            return notes;
        }
        dsl.selectFrom(ACTIVITY_NOTE).where(ACTIVITY_NOTE.ACTIVITY_ID.in(activityIds))
                .orderBy(ACTIVITY_NOTE.NOTED_ON, ACTIVITY_NOTE.ID)
                .forEach(r -> notes.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>()).add(new Note(r.getId(),
                        r.getActivityId(), r.getNotedOn(), r.getNote(), r.getNotedBy(), r.getNotedAt())));
        return notes;
    }

    /**
     * Creates the plan unless the area already has one for the owner (a municipality, or null for the region's/FoU's),
     * so that seeding twice, or at the same time from two places, creates it once: the id when created here, else empty.
     */
    Optional<Long> insertPlanIfAbsent(long developmentAreaId, Long municipalityId, LocalDateTime at) {
        long key = municipalityId == null ? REGION_KEY : municipalityId;
        int inserted = dsl.insertInto(ACTION_PLAN).set(ACTION_PLAN.DEVELOPMENT_AREA_ID, developmentAreaId)
                .set(ACTION_PLAN.MUNICIPALITY_ID, municipalityId).set(ACTION_PLAN.OWNER_KEY, key)
                .set(ACTION_PLAN.CREATED_AT, at).onDuplicateKeyIgnore().execute();
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN)
                .where(ACTION_PLAN.DEVELOPMENT_AREA_ID.eq(developmentAreaId), ACTION_PLAN.OWNER_KEY.eq(key)).fetchOne(ACTION_PLAN.ID));
    }

    long insertActivity(long planId, String origin, Integer responsibilityNo, ActivityDraft draft, String by, LocalDateTime at) {
        Integer last = dsl.select(DSL.max(ACTION_ACTIVITY.POSITION)).from(ACTION_ACTIVITY)
                .where(ACTION_ACTIVITY.ACTION_PLAN_ID.eq(planId)).fetchOne().value1();
        return dsl.insertInto(ACTION_ACTIVITY).set(ACTION_ACTIVITY.ACTION_PLAN_ID, planId)
                .set(ACTION_ACTIVITY.POSITION, last == null ? 0 : last + 1).set(ACTION_ACTIVITY.RESPONSIBLE_KIND, origin)
                .set(ACTION_ACTIVITY.WHAT, draft.what()).set(ACTION_ACTIVITY.RESPONSIBLE_PERSON, draft.responsiblePerson())
                .set(ACTION_ACTIVITY.STARTS_ON, draft.startsOn()).set(ACTION_ACTIVITY.DUE_ON, draft.dueOn())
                .set(ACTION_ACTIVITY.STATUS, draft.status().name()).set(ACTION_ACTIVITY.DROP_REASON, draft.dropReason())
                .set(ACTION_ACTIVITY.RESPONSIBILITY_NO, responsibilityNo).set(ACTION_ACTIVITY.UPDATED_BY, by)
                .set(ACTION_ACTIVITY.UPDATED_AT, at).returning(ACTION_ACTIVITY.ID).fetchOne().getId();
    }

    void updateActivity(long id, ActivityDraft draft, String by, LocalDateTime at) {
        dsl.update(ACTION_ACTIVITY).set(ACTION_ACTIVITY.WHAT, draft.what())
                .set(ACTION_ACTIVITY.RESPONSIBLE_PERSON, draft.responsiblePerson())
                .set(ACTION_ACTIVITY.STARTS_ON, draft.startsOn()).set(ACTION_ACTIVITY.DUE_ON, draft.dueOn())
                .set(ACTION_ACTIVITY.STATUS, draft.status().name()).set(ACTION_ACTIVITY.DROP_REASON, draft.dropReason())
                .set(ACTION_ACTIVITY.UPDATED_BY, by).set(ACTION_ACTIVITY.UPDATED_AT, at)
                .where(ACTION_ACTIVITY.ID.eq(id)).execute();
    }

    void insertNote(long activityId, LocalDate notedOn, String note, String by, LocalDateTime at) {
        dsl.insertInto(ACTIVITY_NOTE).set(ACTIVITY_NOTE.ACTIVITY_ID, activityId).set(ACTIVITY_NOTE.NOTED_ON, notedOn)
                .set(ACTIVITY_NOTE.NOTE, note).set(ACTIVITY_NOTE.NOTED_BY, by).set(ACTIVITY_NOTE.NOTED_AT, at).execute();
    }

    /** A change to the plan's activities or notes: kept apart from the approval, so a change after it shows. */
    void markChanged(long planId, LocalDateTime at) {
        dsl.update(ACTION_PLAN).set(ACTION_PLAN.CHANGED_AT, at).where(ACTION_PLAN.ID.eq(planId)).execute();
    }

    void approve(long planId, String by, LocalDateTime at) {
        dsl.update(ACTION_PLAN).set(ACTION_PLAN.APPROVED_BY, by).set(ACTION_PLAN.APPROVED_AT, at)
                .where(ACTION_PLAN.ID.eq(planId)).execute();
    }
}
