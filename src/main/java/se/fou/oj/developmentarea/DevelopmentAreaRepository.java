package se.fou.oj.developmentarea;

import static se.fou.oj.db.Tables.DEVELOPMENT_AREA;
import static se.fou.oj.db.Tables.DEVELOPMENT_AREA_INDICATOR;
import static se.fou.oj.db.Tables.MUNICIPALITY;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DevelopmentAreaRepository {

    private final DSLContext dsl;

    DevelopmentAreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<DevelopmentArea> find(Condition condition) {
        Map<Long, List<String>> codes = dsl.select(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID, DEVELOPMENT_AREA_INDICATOR.INDICATOR_CODE)
                .from(DEVELOPMENT_AREA_INDICATOR).join(DEVELOPMENT_AREA)
                .on(DEVELOPMENT_AREA.ID.eq(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID)).where(condition)
                .orderBy(DEVELOPMENT_AREA_INDICATOR.INDICATOR_CODE)
                .fetchGroups(DEVELOPMENT_AREA_INDICATOR.DEVELOPMENT_AREA_ID, DEVELOPMENT_AREA_INDICATOR.INDICATOR_CODE);
        return dsl.select(DEVELOPMENT_AREA.asterisk(), MUNICIPALITY.NAME).from(DEVELOPMENT_AREA)
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.ID.eq(DEVELOPMENT_AREA.PROPOSED_BY_MUNICIPALITY_ID))
                .where(condition).orderBy(DEVELOPMENT_AREA.ID)
                .fetch(r -> new DevelopmentArea(r.get(DEVELOPMENT_AREA.ID), r.get(DEVELOPMENT_AREA.CYCLE_ID),
                        r.get(DEVELOPMENT_AREA.MEETING_ID), r.get(DEVELOPMENT_AREA.TITLE), r.get(DEVELOPMENT_AREA.NEED),
                        r.get(DEVELOPMENT_AREA.ALREADY_KNOWN), DevelopmentArea.Status.valueOf(r.get(DEVELOPMENT_AREA.STATUS)),
                        r.get(DEVELOPMENT_AREA.DROP_REASON), r.get(DEVELOPMENT_AREA.PROPOSED_BY), r.get(MUNICIPALITY.NAME),
                        r.get(DEVELOPMENT_AREA.CREATED_AT), codes.getOrDefault(r.get(DEVELOPMENT_AREA.ID), List.of())));
    }

    List<DevelopmentArea> ofCycle(long cycleId) {
        return find(DEVELOPMENT_AREA.CYCLE_ID.eq(cycleId));
    }

    Optional<DevelopmentArea> byId(long id) {
        return find(DEVELOPMENT_AREA.ID.eq(id)).stream().findFirst();
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
