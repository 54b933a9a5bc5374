package se.fou.oj.knowledge;

import static se.fou.oj.db.Tables.KNOWLEDGE_ITEM;
import static se.fou.oj.db.Tables.KNOWLEDGE_LINK;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class KnowledgeRepository {

    private final DSLContext dsl;

    KnowledgeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Items whose authors, title, publisher or summary contain every word of the search text. */
    private static Condition matching(String text) {
        Condition condition = DSL.noCondition();
        if (text == null) {
            return condition;
        }
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            condition = condition.and(KNOWLEDGE_ITEM.AUTHORS.containsIgnoreCase(word)
                    .or(KNOWLEDGE_ITEM.TITLE.containsIgnoreCase(word))
                    .or(KNOWLEDGE_ITEM.PUBLISHER.containsIgnoreCase(word))
                    .or(KNOWLEDGE_ITEM.SUMMARY.containsIgnoreCase(word))
                    .or(KNOWLEDGE_ITEM.PUBLICATION_YEAR.cast(String.class).eq(word)));
        }
        return condition;
    }

    List<KnowledgeItem> search(String text, int offset, int limit) {
        return dsl.selectFrom(KNOWLEDGE_ITEM).where(matching(text))
                .orderBy(KNOWLEDGE_ITEM.AUTHORS, KNOWLEDGE_ITEM.PUBLICATION_YEAR.desc(), KNOWLEDGE_ITEM.ID)
                .offset(offset).limit(limit).fetch(KnowledgeRepository::item);
    }

    int count(String text) {
        return dsl.fetchCount(KNOWLEDGE_ITEM, matching(text));
    }

    Optional<KnowledgeItem> byId(long id) {
        return dsl.selectFrom(KNOWLEDGE_ITEM).where(KNOWLEDGE_ITEM.ID.eq(id)).fetchOptional(KnowledgeRepository::item);
    }

    long insert(KnowledgeItemDraft draft, String by, LocalDateTime at) {
        return dsl.insertInto(KNOWLEDGE_ITEM).set(KNOWLEDGE_ITEM.AUTHORS, draft.authors())
                .set(KNOWLEDGE_ITEM.PUBLICATION_YEAR, draft.year()).set(KNOWLEDGE_ITEM.TITLE, draft.title())
                .set(KNOWLEDGE_ITEM.PUBLISHER, draft.publisher()).set(KNOWLEDGE_ITEM.LINK, draft.link())
                .set(KNOWLEDGE_ITEM.SUMMARY, draft.summary()).set(KNOWLEDGE_ITEM.CREATED_BY, by)
                .set(KNOWLEDGE_ITEM.CREATED_AT, at).returning(KNOWLEDGE_ITEM.ID).fetchOne().getId();
    }

    void update(long id, KnowledgeItemDraft draft, String by, LocalDateTime at) {
        dsl.update(KNOWLEDGE_ITEM).set(KNOWLEDGE_ITEM.AUTHORS, draft.authors())
                .set(KNOWLEDGE_ITEM.PUBLICATION_YEAR, draft.year()).set(KNOWLEDGE_ITEM.TITLE, draft.title())
                .set(KNOWLEDGE_ITEM.PUBLISHER, draft.publisher()).set(KNOWLEDGE_ITEM.LINK, draft.link())
                .set(KNOWLEDGE_ITEM.SUMMARY, draft.summary()).set(KNOWLEDGE_ITEM.UPDATED_BY, by)
                .set(KNOWLEDGE_ITEM.UPDATED_AT, at).where(KNOWLEDGE_ITEM.ID.eq(id)).execute();
    }

    /** Links the item to the area, or rewrites how it bears on the area when already linked. */
    void link(long itemId, long areaId, String relevance, String by, LocalDateTime at) {
        int updated = dsl.update(KNOWLEDGE_LINK).set(KNOWLEDGE_LINK.RELEVANCE, relevance)
                .where(KNOWLEDGE_LINK.KNOWLEDGE_ITEM_ID.eq(itemId), KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID.eq(areaId)).execute();
        if (updated == 0) {
            dsl.insertInto(KNOWLEDGE_LINK).set(KNOWLEDGE_LINK.KNOWLEDGE_ITEM_ID, itemId)
                    .set(KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID, areaId).set(KNOWLEDGE_LINK.RELEVANCE, relevance)
                    .set(KNOWLEDGE_LINK.LINKED_BY, by).set(KNOWLEDGE_LINK.LINKED_AT, at).execute();
        }
    }

    Optional<Long> areaOfLink(long linkId) {
        return dsl.select(KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID).from(KNOWLEDGE_LINK).where(KNOWLEDGE_LINK.ID.eq(linkId))
                .fetchOptional(KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID);
    }

    int linkCount(long itemId) {
        return dsl.fetchCount(KNOWLEDGE_LINK, KNOWLEDGE_LINK.KNOWLEDGE_ITEM_ID.eq(itemId));
    }

    /** Deletes the item; its links to development areas go with it (ON DELETE CASCADE). */
    void delete(long itemId) {
        dsl.deleteFrom(KNOWLEDGE_ITEM).where(KNOWLEDGE_ITEM.ID.eq(itemId)).execute();
    }

    void unlink(long linkId) {
        dsl.deleteFrom(KNOWLEDGE_LINK).where(KNOWLEDGE_LINK.ID.eq(linkId)).execute();
    }

    /** The links of these development areas (a cycle's, which developmentarea knows), area by area, oldest first. */
    List<KnowledgeLink> linksOfAreas(Collection<Long> developmentAreaIds) {
        return dsl.select(KNOWLEDGE_LINK.ID, KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID, KNOWLEDGE_LINK.RELEVANCE)
                .select(KNOWLEDGE_ITEM.fields()).from(KNOWLEDGE_LINK)
                .join(KNOWLEDGE_ITEM).on(KNOWLEDGE_ITEM.ID.eq(KNOWLEDGE_LINK.KNOWLEDGE_ITEM_ID))
                .where(KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID.in(developmentAreaIds))
                .orderBy(KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID, KNOWLEDGE_LINK.ID)
                .fetch(r -> new KnowledgeLink(r.get(KNOWLEDGE_LINK.ID), r.get(KNOWLEDGE_LINK.DEVELOPMENT_AREA_ID),
                        item(r), r.get(KNOWLEDGE_LINK.RELEVANCE)));
    }

    private static KnowledgeItem item(Record r) {
        return new KnowledgeItem(r.get(KNOWLEDGE_ITEM.ID), r.get(KNOWLEDGE_ITEM.AUTHORS), r.get(KNOWLEDGE_ITEM.PUBLICATION_YEAR),
                r.get(KNOWLEDGE_ITEM.TITLE), r.get(KNOWLEDGE_ITEM.PUBLISHER), r.get(KNOWLEDGE_ITEM.LINK),
                r.get(KNOWLEDGE_ITEM.SUMMARY), r.get(KNOWLEDGE_ITEM.CREATED_BY), r.get(KNOWLEDGE_ITEM.CREATED_AT));
    }
}
