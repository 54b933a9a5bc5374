package se.fou.oj.interpretation;

import static se.fou.oj.db.Tables.INTERPRETATION;
import static se.fou.oj.db.Tables.INTERPRETATION_CONFIRMATION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import se.fou.oj.meeting.MeetingTitle;

@Repository
class InterpretationRepository {

    private final DSLContext dsl;

    InterpretationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every version of every reading of the area, oldest first, with their confirmations. The cycles' years
     * ({@code cycleYears}, by cycle id) and the meetings' titles ({@code meetingTitles}, ids → titles, called once)
     * come from the modules that own them.
     */
    Map<String, List<InterpretationVersion>> allVersions(long areaId, Map<Long, Integer> cycleYears,
                                                         Function<Collection<Long>, Map<Long, MeetingTitle>> meetingTitles) {
        Map<Long, List<InterpretationVersion.Confirmation>> confirmations = new LinkedHashMap<>();
        dsl.select(INTERPRETATION_CONFIRMATION.INTERPRETATION_ID, INTERPRETATION_CONFIRMATION.CYCLE_ID,
                        INTERPRETATION_CONFIRMATION.CONFIRMED_BY, INTERPRETATION_CONFIRMATION.CONFIRMED_AT)
                .from(INTERPRETATION_CONFIRMATION)
                .join(INTERPRETATION).on(INTERPRETATION.ID.eq(INTERPRETATION_CONFIRMATION.INTERPRETATION_ID))
                .where(INTERPRETATION.AREA_ID.eq(areaId))
                .orderBy(INTERPRETATION_CONFIRMATION.ID)
                .forEach(r -> confirmations.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new InterpretationVersion.Confirmation(r.value2(), cycleYears.get(r.value2()), r.value3(),
                                r.value4())));
        Map<String, List<InterpretationVersion>> byCode = new LinkedHashMap<>();
        var interpretations = dsl.selectFrom(INTERPRETATION)
                .where(INTERPRETATION.AREA_ID.eq(areaId))
                .orderBy(INTERPRETATION.INDICATOR_CODE, INTERPRETATION.VERSION_NO)
                .fetch();
        List<Long> meetingIds = interpretations.stream().map(r -> r.get(INTERPRETATION.MEETING_ID))
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, MeetingTitle> meetings = meetingIds.isEmpty() ? Map.of() : meetingTitles.apply(meetingIds);
        interpretations.forEach(r -> byCode.computeIfAbsent(r.get(INTERPRETATION.INDICATOR_CODE), k -> new ArrayList<>())
                        .add(new InterpretationVersion(r.get(INTERPRETATION.ID), r.get(INTERPRETATION.INDICATOR_CODE),
                                r.get(INTERPRETATION.VERSION_NO), r.get(INTERPRETATION.READING),
                                r.get(INTERPRETATION.DEFINITIONS), r.get(INTERPRETATION.AGREED_ON),
                                r.get(INTERPRETATION.MEETING_NOTE),
                                meetingRef(r.get(INTERPRETATION.MEETING_ID) == null ? null : meetings.get(r.get(INTERPRETATION.MEETING_ID))),
                                r.get(INTERPRETATION.CYCLE_ID), cycleYears.get(r.get(INTERPRETATION.CYCLE_ID)),
                                r.get(INTERPRETATION.CREATED_BY), r.get(INTERPRETATION.CREATED_AT),
                                List.copyOf(confirmations.getOrDefault(r.get(INTERPRETATION.ID), List.of())))));
        return byCode;
    }

    private static InterpretationVersion.MeetingRef meetingRef(MeetingTitle meeting) {
        return meeting == null ? null : new InterpretationVersion.MeetingRef(meeting.id(), meeting.title(), meeting.startsAt());
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
