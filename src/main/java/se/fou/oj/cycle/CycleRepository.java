package se.fou.oj.cycle;

import static se.fou.oj.db.Tables.CYCLE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class CycleRepository {

    private final DSLContext dsl;

    CycleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Newest year first; the area's name (region's) is added, and the areas ordered, by CycleService. */
    List<Cycle> all() {
        return dsl.selectFrom(CYCLE).orderBy(CYCLE.CYCLE_YEAR.desc(), CYCLE.ID).fetch(CycleRepository::toCycle);
    }

    Optional<Cycle> byId(long id) {
        return dsl.selectFrom(CYCLE).where(CYCLE.ID.eq(id))
                .fetchOptional(CycleRepository::toCycle);
    }

    boolean exists(long areaId, int year) {
        return dsl.fetchExists(CYCLE, CYCLE.AREA_ID.eq(areaId).and(CYCLE.CYCLE_YEAR.eq(year)));
    }

    long insert(long areaId, int year) {
        return dsl.insertInto(CYCLE)
                .set(CYCLE.AREA_ID, areaId)
                .set(CYCLE.CYCLE_YEAR, year)
                .set(CYCLE.STAGE, Stage.QUALITY_ASSURANCE.name())
                .set(CYCLE.CREATED_AT, LocalDateTime.now())
                .returning(CYCLE.ID).fetchOne().getId();
    }

    void updateStage(long id, Stage stage) {
        dsl.update(CYCLE).set(CYCLE.STAGE, stage.name()).where(CYCLE.ID.eq(id)).execute();
    }

    void markResultsImported(long id, int indicatorCount, LocalDateTime at) {
        // New results are a new state of the data: municipalities see them only once FoU publishes again
        dsl.update(CYCLE).set(CYCLE.RESULTS_IMPORTED_AT, at).set(CYCLE.INDICATOR_COUNT, indicatorCount)
                .setNull(CYCLE.RESULTS_PUBLISHED_AT)
                .where(CYCLE.ID.eq(id)).execute();
    }

    void markResultsPublished(long id, LocalDateTime at) {
        dsl.update(CYCLE).set(CYCLE.RESULTS_PUBLISHED_AT, at).where(CYCLE.ID.eq(id)).execute();
    }

    /** Without the area's name, which region owns. */
    private static Cycle toCycle(Record r) {
        return new Cycle(r.get(CYCLE.ID), r.get(CYCLE.AREA_ID), null, r.get(CYCLE.CYCLE_YEAR),
                Stage.valueOf(r.get(CYCLE.STAGE)), r.get(CYCLE.RESULTS_IMPORTED_AT), r.get(CYCLE.RESULTS_PUBLISHED_AT),
                r.get(CYCLE.INDICATOR_COUNT));
    }
}
