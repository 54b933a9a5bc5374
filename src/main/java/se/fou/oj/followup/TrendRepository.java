package se.fou.oj.followup;

import static se.fou.oj.db.Tables.TREND_SENTENCE;

import java.time.LocalDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** FoU's rewordings of the trend sentences, per improvement area and indicator. */
@Repository
class TrendRepository {

    /** FoU's wording and the generated sentence it replaced. */
    record StoredSentence(String editedText, String generatedText) {
    }

    private final DSLContext dsl;

    TrendRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, StoredSentence> sentences(long developmentAreaId) {
        return dsl.selectFrom(TREND_SENTENCE).where(TREND_SENTENCE.DEVELOPMENT_AREA_ID.eq(developmentAreaId))
                .fetchMap(TREND_SENTENCE.INDICATOR_CODE, r -> new StoredSentence(r.getEditedText(), r.getGeneratedText()));
    }

    void saveSentence(long developmentAreaId, String code, String editedText, String generatedText, String by,
                      LocalDateTime at) {
        deleteSentence(developmentAreaId, code);
        dsl.insertInto(TREND_SENTENCE)
                .set(TREND_SENTENCE.DEVELOPMENT_AREA_ID, developmentAreaId)
                .set(TREND_SENTENCE.INDICATOR_CODE, code)
                .set(TREND_SENTENCE.EDITED_TEXT, editedText)
                .set(TREND_SENTENCE.GENERATED_TEXT, generatedText)
                .set(TREND_SENTENCE.EDITED_BY, by)
                .set(TREND_SENTENCE.EDITED_AT, at)
                .execute();
    }

    void deleteSentence(long developmentAreaId, String code) {
        dsl.deleteFrom(TREND_SENTENCE).where(TREND_SENTENCE.DEVELOPMENT_AREA_ID.eq(developmentAreaId)
                .and(TREND_SENTENCE.INDICATOR_CODE.eq(code))).execute();
    }
}
