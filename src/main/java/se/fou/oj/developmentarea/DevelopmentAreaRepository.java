package se.fou.oj.developmentarea;

import static se.fou.oj.db.Tables.DEVELOPMENT_AREA;
import static se.fou.oj.db.Tables.DEVELOPMENT_AREA_INDICATOR;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DevelopmentAreaRepository {

    private final DSLContext dsl;

    DevelopmentAreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The areas matching the condition; the proposing municipality's name comes from region through
     * {@code municipalityNames} (ids → names), called once for all the areas.
     */
    List<DevelopmentArea> find(Condition condition, Function<Collection<Long>, Map<Long, String>> municipalityNames) {
        Map<Long, List<String>> codes = dsl.select(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID, DEVELOPMENT_AREA_INDICATOR.INDICATOR_CODE)
                .from(DEVELOPMENT_AREA_INDICATOR).join(DEVELOPMENT_AREA)
                .on(DEVELOPMENT_AREA.ID.eq(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID)).where(condition)
                .orderBy(DEVELOPMENT_AREA_INDICATOR.INDICATOR_CODE)
                .fetchGroups(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID, DEVELOPMENT_AREA_INDICATOR.INDICATOR_CODE);
        var records = dsl.selectFrom(DEVELOPMENT_AREA).where(condition).orderBy(DEVELOPMENT_AREA.ID).fetch();
        Map<Long, String> names = municipalityNames.apply(records.stream()
                .map(r -> r.get(DEVELOPMENT_AREA.PROPOSED_BY_MUNICIPALITY_ID)).filter(Objects::nonNull).distinct().toList());
        return records.map(r -> new DevelopmentArea(r.get(DEVELOPMENT_AREA.ID), r.get(DEVELOPMENT_AREA.CYCLE_ID),
                        r.get(DEVELOPMENT_AREA.MEETING_ID), r.get(DEVELOPMENT_AREA.TITLE), r.get(DEVELOPMENT_AREA.NEED),
                        r.get(DEVELOPMENT_AREA.ALREADY_KNOWN), DevelopmentArea.Status.valueOf(r.get(DEVELOPMENT_AREA.STATUS)),
                        r.get(DEVELOPMENT_AREA.DROP_REASON), r.get(DEVELOPMENT_AREA.PROPOSED_BY),
                        r.get(DEVELOPMENT_AREA.PROPOSED_BY_MUNICIPALITY_ID) == null ? null
                                : names.get(r.get(DEVELOPMENT_AREA.PROPOSED_BY_MUNICIPALITY_ID)),
                        r.get(DEVELOPMENT_AREA.CREATED_AT), codes.getOrDefault(r.get(DEVELOPMENT_AREA.ID), List.of())));
    }

    List<DevelopmentArea> ofCycle(long cycleId, Function<Collection<Long>, Map<Long, String>> municipalityNames) {
        return find(DEVELOPMENT_AREA.CYCLE_ID.eq(cycleId), municipalityNames);
    }

    /** The areas of the cycles, in the order of their ids (as {@link #ofCycle} each). */
    List<DevelopmentArea> ofCycles(Collection<Long> cycleIds, Function<Collection<Long>, Map<Long, String>> municipalityNames) {
        return find(DEVELOPMENT_AREA.CYCLE_ID.in(cycleIds), municipalityNames);
    }

    /** The area's title alone, e.g. for the audit log. */
    Optional<String> title(long id) {
        return dsl.select(DEVELOPMENT_AREA.TITLE).from(DEVELOPMENT_AREA).where(DEVELOPMENT_AREA.ID.eq(id))
                .fetchOptional(DEVELOPMENT_AREA.TITLE);
    }

    Optional<DevelopmentArea> byId(long id, Function<Collection<Long>, Map<Long, String>> municipalityNames) {
        return find(DEVELOPMENT_AREA.ID.eq(id), municipalityNames).stream().findFirst();
    }

    long insert(long cycleId, DevelopmentAreaDraft draft, String by, Long municipalityId, LocalDateTime at) {
        long id = dsl.insertInto(DEVELOPMENT_AREA).set(DEVELOPMENT_AREA.CYCLE_ID, cycleId)
                .set(DEVELOPMENT_AREA.MEETING_ID, draft.meetingId()).set(DEVELOPMENT_AREA.TITLE, draft.title())
                .set(DEVELOPMENT_AREA.NEED, draft.need()).set(DEVELOPMENT_AREA.ALREADY_KNOWN, draft.alreadyKnown())
                .set(DEVELOPMENT_AREA.PROPOSED_BY, by).set(DEVELOPMENT_AREA.PROPOSED_BY_MUNICIPALITY_ID, municipalityId)
                .set(DEVELOPMENT_AREA.CREATED_AT, at).returning(DEVELOPMENT_AREA.ID).fetchOne().getId();
        replaceIndicators(id, draft.indicatorCodes());
        return id;
    }

    void update(long id, DevelopmentAreaDraft draft) {
        dsl.update(DEVELOPMENT_AREA).set(DEVELOPMENT_AREA.TITLE, draft.title()).set(DEVELOPMENT_AREA.NEED, draft.need())
                .set(DEVELOPMENT_AREA.ALREADY_KNOWN, draft.alreadyKnown()).where(DEVELOPMENT_AREA.ID.eq(id)).execute();
        replaceIndicators(id, draft.indicatorCodes());
    }

    private void replaceIndicators(long id, List<String> codes) {
        dsl.deleteFrom(DEVELOPMENT_AREA_INDICATOR).where(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID.eq(id)).execute();
        for (String code : codes) {
            dsl.insertInto(DEVELOPMENT_AREA_INDICATOR).set(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID, id)
                    .set(DEVELOPMENT_AREA_INDICATOR.INDICATOR_CODE, code).execute();
        }
    }

    void setStatus(long id, DevelopmentArea.Status status, String dropReason) {
        dsl.update(DEVELOPMENT_AREA).set(DEVELOPMENT_AREA.STATUS, status.name()).set(DEVELOPMENT_AREA.DROP_REASON, dropReason)
                .where(DEVELOPMENT_AREA.ID.eq(id)).execute();
    }
}
