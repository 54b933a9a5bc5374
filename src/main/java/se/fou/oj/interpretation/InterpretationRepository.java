package se.fou.oj.interpretation;

import static se.fou.oj.db.Tables.CYCLE;
import static se.fou.oj.db.Tables.INDICATOR;
import static se.fou.oj.db.Tables.INTERPRETATION;
import static se.fou.oj.db.Tables.INTERPRETATION_CONFIRMATION;
import static se.fou.oj.db.Tables.MEETING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class InterpretationRepository {

    private final DSLContext dsl;

    InterpretationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every version of every reading of the area, oldest first, with their confirmations. */
    Map<String, List<InterpretationVersion>> allVersions(long areaId) {
        Map<Long, List<InterpretationVersion.Confirmation>> confirmations = new LinkedHashMap<>();
        var confirmationCycle = CYCLE.as("confirmation_cycle");
        dsl.select(INTERPRETATION_CONFIRMATION.INTERPRETATION_ID, INTERPRETATION_CONFIRMATION.CYCLE_ID,
                        confirmationCycle.CYCLE_YEAR, INTERPRETATION_CONFIRMATION.CONFIRMED_BY,
                        INTERPRETATION_CONFIRMATION.CONFIRMED_AT)
                .from(INTERPRETATION_CONFIRMATION)
                .join(INTERPRETATION).on(INTERPRETATION.ID.eq(INTERPRETATION_CONFIRMATION.INTERPRETATION_ID))
                .join(confirmationCycle).on(confirmationCycle.ID.eq(INTERPRETATION_CONFIRMATION.CYCLE_ID))
                .where(INTERPRETATION.AREA_ID.eq(areaId))
                .orderBy(INTERPRETATION_CONFIRMATION.ID)
                .forEach(r -> confirmations.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new InterpretationVersion.Confirmation(r.value2(), r.value3(), r.value4(), r.value5())));
        Map<String, List<InterpretationVersion>> byCode = new LinkedHashMap<>();
        dsl.select(INTERPRETATION.asterisk(), CYCLE.CYCLE_YEAR, MEETING.TITLE, MEETING.STARTS_AT)
                .from(INTERPRETATION).join(CYCLE).on(CYCLE.ID.eq(INTERPRETATION.CYCLE_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(INTERPRETATION.MEETING_ID))
                .where(INTERPRETATION.AREA_ID.eq(areaId))
                .orderBy(INTERPRETATION.INDICATOR_CODE, INTERPRETATION.VERSION_NO)
                .forEach(r -> byCode.computeIfAbsent(r.get(INTERPRETATION.INDICATOR_CODE), k -> new ArrayList<>())
                        .add(new InterpretationVersion(r.get(INTERPRETATION.ID), r.get(INTERPRETATION.INDICATOR_CODE),
                                r.get(INTERPRETATION.VERSION_NO), r.get(INTERPRETATION.READING),
                                r.get(INTERPRETATION.DEFINITIONS), r.get(INTERPRETATION.AGREED_ON),
                                r.get(INTERPRETATION.MEETING_NOTE),
                                r.get(INTERPRETATION.MEETING_ID) == null ? null : new InterpretationVersion.MeetingRef(
                                        r.get(INTERPRETATION.MEETING_ID), r.get(MEETING.TITLE), r.get(MEETING.STARTS_AT)),
                                r.get(INTERPRETATION.CYCLE_ID), r.get(CYCLE.CYCLE_YEAR),
                                r.get(INTERPRETATION.CREATED_BY), r.get(INTERPRETATION.CREATED_AT),
                                List.copyOf(confirmations.getOrDefault(r.get(INTERPRETATION.ID), List.of())))));
        return byCode;
    }

    /** Indicator texts by code from the area's cycles, the latest year's wording winning. */
    Map<String, String> indicatorTexts(long areaId) {
        Map<String, String> texts = new LinkedHashMap<>();
        dsl.select(INDICATOR.CODE, INDICATOR.INDICATOR_TEXT).from(INDICATOR).join(CYCLE).on(CYCLE.ID.eq(INDICATOR.CYCLE_ID))
                .where(CYCLE.AREA_ID.eq(areaId))
                .orderBy(CYCLE.CYCLE_YEAR, INDICATOR.SORT_ORDER)
                .forEach(r -> texts.put(r.value1(), r.value2()));
        return texts;
    }

    /** The cycle a meeting belongs to, if the meeting exists. */
    java.util.Optional<Long> meetingCycle(long meetingId) {
        return dsl.select(MEETING.CYCLE_ID).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchOptional(MEETING.CYCLE_ID);
    }

    long insert(long areaId, String code, int versionNo, String reading, String definitions, LocalDate agreedOn,
                String meetingNote, Long meetingId, long cycleId, String by, LocalDateTime at) {
        return dsl.insertInto(INTERPRETATION)
                .set(INTERPRETATION.AREA_ID, areaId)
                .set(INTERPRETATION.INDICATOR_CODE, code)
                .set(INTERPRETATION.VERSION_NO, versionNo)
                .set(INTERPRETATION.READING, reading)
                .set(INTERPRETATION.DEFINITIONS, definitions)
                .set(INTERPRETATION.AGREED_ON, agreedOn)
                .set(INTERPRETATION.MEETING_NOTE, meetingNote)
                .set(INTERPRETATION.MEETING_ID, meetingId)
                .set(INTERPRETATION.CYCLE_ID, cycleId)
                .set(INTERPRETATION.CREATED_BY, by)
                .set(INTERPRETATION.CREATED_AT, at)
                .returning(INTERPRETATION.ID).fetchOne().getId();
    }

    void confirm(long interpretationId, long cycleId, String by, LocalDateTime at) {
        dsl.insertInto(INTERPRETATION_CONFIRMATION)
                .set(INTERPRETATION_CONFIRMATION.INTERPRETATION_ID, interpretationId)
                .set(INTERPRETATION_CONFIRMATION.CYCLE_ID, cycleId)
                .set(INTERPRETATION_CONFIRMATION.CONFIRMED_BY, by)
                .set(INTERPRETATION_CONFIRMATION.CONFIRMED_AT, at)
                .execute();
    }
}
