package se.fou.oj.base.audit;

import static se.fou.oj.db.Tables.AUDIT_ENTRY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(LocalDateTime at, String actor, String actorName, String action, String entityType, String entityId,
                String details, String subject, String changes) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, at)
                .set(AUDIT_ENTRY.ACTOR, actor)
                .set(AUDIT_ENTRY.ACTOR_NAME, actorName)
                .set(AUDIT_ENTRY.SUBJECT, subject)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.ENTITY_TYPE, entityType)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.DETAILS, details)
                .set(AUDIT_ENTRY.CHANGES, changes)
                .execute();
    }

    List<AuditEntry> page(AuditFilter filter, Set<String> hiddenTypes, int offset, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(conditions(filter, hiddenTypes))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc()).offset(offset).limit(limit)
                .fetch(AuditRepository::entry);
    }

    int count(AuditFilter filter, Set<String> hiddenTypes) {
        return dsl.fetchCount(AUDIT_ENTRY, conditions(filter, hiddenTypes));
    }

    /** The user names that occur in the log, for the administrator's filter. */
    List<String> actors(Set<String> hiddenTypes) {
        return dsl.selectDistinct(AUDIT_ENTRY.ACTOR).from(AUDIT_ENTRY).where(visible(hiddenTypes))
                .orderBy(AUDIT_ENTRY.ACTOR).fetch(AUDIT_ENTRY.ACTOR);
    }

    List<String> entityTypes(Set<String> hiddenTypes) {
        return dsl.selectDistinct(AUDIT_ENTRY.ENTITY_TYPE).from(AUDIT_ENTRY).where(visible(hiddenTypes))
                .orderBy(AUDIT_ENTRY.ENTITY_TYPE)
                .fetch(AUDIT_ENTRY.ENTITY_TYPE);
    }

    List<AuditEntry> latestFor(String entityType, String entityId, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY_TYPE.eq(entityType).and(AUDIT_ENTRY.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(AuditRepository::entry);
    }

    private static AuditEntry entry(Record r) {
        return new AuditEntry(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.OCCURRED_AT), r.get(AUDIT_ENTRY.ACTOR),
                r.get(AUDIT_ENTRY.ACTION), r.get(AUDIT_ENTRY.ENTITY_TYPE), r.get(AUDIT_ENTRY.ENTITY_ID),
                r.get(AUDIT_ENTRY.DETAILS), r.get(AUDIT_ENTRY.ACTOR_NAME), r.get(AUDIT_ENTRY.SUBJECT),
                AuditChanges.fromJson(r.get(AUDIT_ENTRY.CHANGES)));
    }

    /** The kinds of entry the reader may not see left out (none for an administrator). */
    private static Condition visible(Set<String> hiddenTypes) {
        return hiddenTypes.isEmpty() ? DSL.noCondition() : AUDIT_ENTRY.ENTITY_TYPE.notIn(hiddenTypes);
    }

    private static List<Condition> conditions(AuditFilter filter, Set<String> hiddenTypes) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(visible(hiddenTypes));
        if (StringUtils.hasText(filter.actor())) {
            conditions.add(AUDIT_ENTRY.ACTOR.eq(filter.actor()));
        }
        if (StringUtils.hasText(filter.entityType())) {
            conditions.add(AUDIT_ENTRY.ENTITY_TYPE.eq(filter.entityType()));
        }
        if (StringUtils.hasText(filter.object())) {
            String object = filter.object().trim();
            conditions.add(AUDIT_ENTRY.ENTITY_ID.eq(object).or(AUDIT_ENTRY.SUBJECT.likeIgnoreCase(like(object), '\\')));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (StringUtils.hasText(filter.text())) {
            String pattern = like(filter.text().trim());
            conditions.add(AUDIT_ENTRY.DETAILS.likeIgnoreCase(pattern, '\\')
                    .or(AUDIT_ENTRY.ACTOR.likeIgnoreCase(pattern, '\\'))
                    .or(AUDIT_ENTRY.ACTOR_NAME.likeIgnoreCase(pattern, '\\'))
                    .or(AUDIT_ENTRY.SUBJECT.likeIgnoreCase(pattern, '\\')));
        }
        return conditions;
    }

    /** Words anywhere in a column, the wildcards of LIKE taken literally. */
    private static String like(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
