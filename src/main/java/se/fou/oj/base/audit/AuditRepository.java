package se.fou.oj.base.audit;

import static se.fou.oj.db.Tables.ANALYSIS_PROPOSAL;
import static se.fou.oj.db.Tables.ANALYSIS_REPORT;
import static se.fou.oj.db.Tables.APP_USER;
import static se.fou.oj.db.Tables.AREA;
import static se.fou.oj.db.Tables.AUDIT_ENTRY;
import static se.fou.oj.db.Tables.CYCLE;
import static se.fou.oj.db.Tables.DEVELOPMENT_AREA;
import static se.fou.oj.db.Tables.FOLLOW_UP;
import static se.fou.oj.db.Tables.KNOWLEDGE_ITEM;
import static se.fou.oj.db.Tables.MEETING;
import static se.fou.oj.db.Tables.MUNICIPALITY;
import static se.fou.oj.db.Tables.REQUEST;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

@Repository
class AuditRepository {

    /** The actor's display name; null for the system user and for a user since removed. */
    private static final Field<String> ACTOR_NAME = DSL.field(DSL.select(APP_USER.DISPLAY_NAME).from(APP_USER)
            .where(APP_USER.USERNAME.eq(AUDIT_ENTRY.ACTOR)).limit(1)).as("actor_name");

    private static final Field<String> SUBJECT = subject().as("subject");

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(LocalDateTime at, String actor, String action, String entityType, String entityId, String details) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, at)
                .set(AUDIT_ENTRY.ACTOR, actor)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.ENTITY_TYPE, entityType)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.DETAILS, details)
                .execute();
    }

    List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return dsl.select(AUDIT_ENTRY.asterisk(), ACTOR_NAME, SUBJECT).from(AUDIT_ENTRY)
                .where(conditions(filter))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc()).offset(offset).limit(limit)
                .fetch(AuditRepository::entry);
    }

    int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_ENTRY, conditions(filter));
    }

    /** The user names that occur in the log, for the administrator's filter. */
    List<String> actors() {
        return dsl.selectDistinct(AUDIT_ENTRY.ACTOR).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ACTOR).fetch(AUDIT_ENTRY.ACTOR);
    }

    List<String> entityTypes() {
        return dsl.selectDistinct(AUDIT_ENTRY.ENTITY_TYPE).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ENTITY_TYPE)
                .fetch(AUDIT_ENTRY.ENTITY_TYPE);
    }

    List<AuditEntry> latestFor(String entityType, String entityId, int limit) {
        return dsl.select(AUDIT_ENTRY.asterisk(), ACTOR_NAME, SUBJECT).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY_TYPE.eq(entityType).and(AUDIT_ENTRY.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(AuditRepository::entry);
    }

    private static AuditEntry entry(Record r) {
        return new AuditEntry(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.OCCURRED_AT), r.get(AUDIT_ENTRY.ACTOR),
                r.get(AUDIT_ENTRY.ACTION), r.get(AUDIT_ENTRY.ENTITY_TYPE), r.get(AUDIT_ENTRY.ENTITY_ID),
                r.get(AUDIT_ENTRY.DETAILS), r.get("actor_name", String.class), r.get("subject", String.class));
    }

    private static List<Condition> conditions(AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (StringUtils.hasText(filter.actor())) {
            conditions.add(AUDIT_ENTRY.ACTOR.eq(filter.actor()));
        }
        if (StringUtils.hasText(filter.entityType())) {
            conditions.add(AUDIT_ENTRY.ENTITY_TYPE.eq(filter.entityType()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (StringUtils.hasText(filter.text())) {
            String pattern = "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(AUDIT_ENTRY.DETAILS.likeIgnoreCase(pattern, '\\')
                    .or(AUDIT_ENTRY.ACTOR.likeIgnoreCase(pattern, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(APP_USER).where(APP_USER.USERNAME.eq(AUDIT_ENTRY.ACTOR)
                            .and(APP_USER.DISPLAY_NAME.likeIgnoreCase(pattern, '\\')))))
                    .or(subject().likeIgnoreCase(pattern, '\\')));
        }
        return conditions;
    }

    /** The changed thing's name by its kind; ids that are not numbers (an indicator code) stay as they are. */
    private static Field<String> subject() {
        Field<Long> id = DSL.when(AUDIT_ENTRY.ENTITY_ID.likeRegex("^[0-9]+$"),
                DSL.cast(AUDIT_ENTRY.ENTITY_ID, SQLDataType.BIGINT));
        Field<Long> requestOfSubmission = DSL.when(AUDIT_ENTRY.ENTITY_ID.likeRegex("^[0-9]+/"),
                DSL.cast(DSL.field("substring_index({0}, '/', 1)", String.class, AUDIT_ENTRY.ENTITY_ID), SQLDataType.BIGINT));
        Field<String> municipalityCode = DSL.field("substring_index({0}, '/', -1)", String.class, AUDIT_ENTRY.ENTITY_ID);
        // The names' columns differ in collation; converted, the one value compares with the search words
        return DSL.field("convert({0} using utf8mb4)", String.class, DSL.choose(AUDIT_ENTRY.ENTITY_TYPE)
                .when("cycle", cycleTitle(id))
                .when("compilation", cycleTitle(id))
                .when("analysisReport", DSL.field(DSL.select(cycleTitle(ANALYSIS_REPORT.CYCLE_ID)).from(ANALYSIS_REPORT)
                        .where(ANALYSIS_REPORT.ID.eq(id))))
                .when("meeting", DSL.field(DSL.select(MEETING.TITLE).from(MEETING).where(MEETING.ID.eq(id))))
                .when("request", DSL.field(DSL.select(REQUEST.TITLE).from(REQUEST).where(REQUEST.ID.eq(id))))
                .when("submission", DSL.concat(
                        DSL.field(DSL.select(REQUEST.TITLE).from(REQUEST).where(REQUEST.ID.eq(requestOfSubmission))),
                        DSL.inline(" – "),
                        DSL.field(DSL.select(MUNICIPALITY.NAME).from(MUNICIPALITY).where(MUNICIPALITY.CODE.eq(municipalityCode)))))
                .when("developmentArea", DSL.field(DSL.select(DEVELOPMENT_AREA.TITLE).from(DEVELOPMENT_AREA)
                        .where(DEVELOPMENT_AREA.ID.eq(id))))
                .when("proposal", DSL.field(DSL.select(DEVELOPMENT_AREA.TITLE).from(ANALYSIS_PROPOSAL)
                        .join(DEVELOPMENT_AREA).on(DEVELOPMENT_AREA.ID.eq(ANALYSIS_PROPOSAL.DEVELOPMENT_AREA_ID))
                        .where(ANALYSIS_PROPOSAL.ID.eq(id))))
                .when("followUp", DSL.field(DSL.select(FOLLOW_UP.TITLE).from(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id))))
                .when("knowledgeItem", DSL.field(DSL.select(KNOWLEDGE_ITEM.TITLE).from(KNOWLEDGE_ITEM)
                        .where(KNOWLEDGE_ITEM.ID.eq(id))))
                .when("user", DSL.field(DSL.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(id))))
                .when("municipality", DSL.field(DSL.select(MUNICIPALITY.NAME).from(MUNICIPALITY).where(MUNICIPALITY.ID.eq(id))))
                .when("area", DSL.field(DSL.select(AREA.NAME).from(AREA).where(AREA.ID.eq(id))))
                .otherwise(AUDIT_ENTRY.ENTITY_ID));
    }

    private static Field<String> cycleTitle(Field<Long> cycleId) {
        var c = CYCLE.as("subject_cycle");
        var a = AREA.as("subject_area");
        return DSL.field(DSL.select(DSL.concat(a.NAME, DSL.inline(" "), c.CYCLE_YEAR.cast(SQLDataType.VARCHAR(4))))
                .from(c).join(a).on(a.ID.eq(c.AREA_ID)).where(c.ID.eq(cycleId)));
    }
}
