package se.fou.oj.region;

import static se.fou.oj.db.Tables.AREA;
import static se.fou.oj.db.Tables.COMPARISON_UNIT;
import static se.fou.oj.db.Tables.MUNICIPALITY;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private final DSLContext dsl;

    RegionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Municipality> municipalities() {
        return dsl.selectFrom(MUNICIPALITY).orderBy(MUNICIPALITY.NAME)
                .fetch(r -> new Municipality(r.getId(), r.getCode(), r.getName(), r.getActive()));
    }

    Optional<Municipality> municipality(long id) {
        return dsl.selectFrom(MUNICIPALITY).where(MUNICIPALITY.ID.eq(id))
                .fetchOptional(r -> new Municipality(r.getId(), r.getCode(), r.getName(), r.getActive()));
    }

    boolean municipalityCodeTaken(String code, Long exceptId) {
        return dsl.fetchExists(MUNICIPALITY, MUNICIPALITY.CODE.eq(code)
                .and(exceptId == null ? MUNICIPALITY.ID.isNotNull() : MUNICIPALITY.ID.ne(exceptId)));
    }

    boolean municipalityNameTaken(String name, Long exceptId) {
        return dsl.fetchExists(MUNICIPALITY, MUNICIPALITY.NAME.eq(name)
                .and(exceptId == null ? MUNICIPALITY.ID.isNotNull() : MUNICIPALITY.ID.ne(exceptId)));
    }

    long insertMunicipality(String code, String name, boolean active) {
        return dsl.insertInto(MUNICIPALITY)
                .set(MUNICIPALITY.CODE, code)
                .set(MUNICIPALITY.NAME, name)
                .set(MUNICIPALITY.ACTIVE, active)
                .returning(MUNICIPALITY.ID).fetchOne().getId();
    }

    void updateMunicipality(long id, String code, String name, boolean active) {
        dsl.update(MUNICIPALITY)
                .set(MUNICIPALITY.CODE, code)
                .set(MUNICIPALITY.NAME, name)
                .set(MUNICIPALITY.ACTIVE, active)
                .where(MUNICIPALITY.ID.eq(id)).execute();
    }

    List<Area> areas() {
        return dsl.selectFrom(AREA).orderBy(AREA.NAME).fetch(r -> new Area(r.getId(), r.getName(), r.getActive()));
    }

    Optional<Area> area(long id) {
        return dsl.selectFrom(AREA).where(AREA.ID.eq(id)).fetchOptional(r -> new Area(r.getId(), r.getName(), r.getActive()));
    }

    boolean areaNameTaken(String name, Long exceptId) {
        return dsl.fetchExists(AREA, AREA.NAME.eq(name).and(exceptId == null ? AREA.ID.isNotNull() : AREA.ID.ne(exceptId)));
    }

    long insertArea(String name, boolean active) {
        return dsl.insertInto(AREA).set(AREA.NAME, name).set(AREA.ACTIVE, active).returning(AREA.ID).fetchOne().getId();
    }

    void updateArea(long id, String name, boolean active) {
        dsl.update(AREA).set(AREA.NAME, name).set(AREA.ACTIVE, active).where(AREA.ID.eq(id)).execute();
    }

    List<ComparisonUnit> comparisonUnits() {
        return dsl.selectFrom(COMPARISON_UNIT).orderBy(COMPARISON_UNIT.SORT_ORDER)
                .fetch(r -> new ComparisonUnit(r.getId(), r.getCode(), r.getName()));
    }

    Map<Long, Municipality> municipalitiesById(Collection<Long> ids) {
        return dsl.selectFrom(MUNICIPALITY).where(MUNICIPALITY.ID.in(ids))
                .fetchMap(MUNICIPALITY.ID, r -> new Municipality(r.getId(), r.getCode(), r.getName(), r.getActive()));
    }

    Map<Long, String> areaNames(Collection<Long> ids) {
        return dsl.select(AREA.ID, AREA.NAME).from(AREA).where(AREA.ID.in(ids)).fetchMap(AREA.ID, AREA.NAME);
    }
}
