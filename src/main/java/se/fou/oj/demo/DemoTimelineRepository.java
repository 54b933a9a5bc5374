package se.fou.oj.demo;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.fou.oj.db.DefaultSchema;
import se.fou.oj.db.Tables;

/**
 * Demo only: dates what one step of the demo story stamped "now" at the day the story says it happened. The services
 * stamp the real time (as they must); the demo's 2018 cycle would otherwise look as if it all happened on the day the
 * demo was loaded.
 */
@Repository
class DemoTimelineRepository {

    /** Times that are chosen, not stamped: a meeting's start and a lock-out stay as they were set. */
    private static final List<String> CHOSEN = List.of(name(Tables.MEETING, Tables.MEETING.STARTS_AT),
            name(Tables.APP_USER, Tables.APP_USER.LOCKED_UNTIL));

    private final DSLContext dsl;

    DemoTimelineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every stamp inside a step's windows is set to the step's date, one statement per stamped column for all steps.
     * The windows of different steps do not overlap (steps run one after the other).
     */
    @SuppressWarnings("unchecked")
    int redate(List<DemoTimeline.Step> steps) {
        if (steps.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> field : table.fields()) {
                if (field.getType() != LocalDateTime.class || CHOSEN.contains(name(table, field))) {
                    continue;
                }
                Field<LocalDateTime> stamp = (Field<LocalDateTime>) field;
                org.jooq.CaseConditionStep<LocalDateTime> dated = null;
                org.jooq.Condition inside = DSL.falseCondition();
                for (DemoTimeline.Step step : steps) {
                    for (LocalDateTime[] window : step.windows()) {
                        org.jooq.Condition in = stamp.between(window[0], window[1]);
                        dated = dated == null ? DSL.when(in, DSL.val(step.when())) : dated.when(in, DSL.val(step.when()));
                        inside = inside.or(in);
                    }
                }
                changed += dsl.update(table).set(stamp, dated.otherwise(stamp)).where(inside).execute();
            }
        }
        return changed;
    }

    /**
     * Notifications of the story's past were read back then (a reviewer opened the minutes she approved); only what
     * happened since {@code since} stays new.
     */
    int markReadBefore(LocalDateTime since) {
        return dsl.update(Tables.NOTIFICATION).set(Tables.NOTIFICATION.READ_AT, Tables.NOTIFICATION.CREATED_AT)
                .where(Tables.NOTIFICATION.CREATED_AT.lt(since), Tables.NOTIFICATION.READ_AT.isNull()).execute();
    }

    /** The approved version's PDF and approvers drawn again once the approvals carry their dates. */
    void replaceApprovedMinutes(long meetingId, int versionNo, String approvedBy, byte[] pdf) {
        dsl.update(Tables.MINUTES_VERSION).set(Tables.MINUTES_VERSION.APPROVED_BY, approvedBy)
                .set(Tables.MINUTES_VERSION.PDF, pdf)
                .where(Tables.MINUTES_VERSION.MEETING_ID.eq(meetingId), Tables.MINUTES_VERSION.VERSION_NO.eq(versionNo))
                .execute();
    }

    private static String name(Table<?> table, Field<?> field) {
        return table.getName() + "." + field.getName();
    }
}
