package se.fou.oj.compilation;

import java.util.Collection;
import static se.fou.oj.db.Tables.COMPILATION;
import static se.fou.oj.db.Tables.COMPILATION_SENTENCE;
import static se.fou.oj.db.Tables.COMPILATION_VERSION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class CompilationRepository {

    private final DSLContext dsl;

    CompilationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Texts(String introduction, String resultsInBrief) {
    }

    record StoredSentence(String editedText, String generatedText) {
    }

    Texts texts(long cycleId) {
        return dsl.select(COMPILATION.INTRODUCTION, COMPILATION.RESULTS_IN_BRIEF).from(COMPILATION)
                .where(COMPILATION.CYCLE_ID.eq(cycleId))
                .fetchOptional(r -> new Texts(r.value1(), r.value2()))
                .orElse(new Texts(null, null));
    }

    void saveTexts(long cycleId, String introduction, String resultsInBrief, String by, LocalDateTime at) {
        int updated = dsl.update(COMPILATION)
                .set(COMPILATION.INTRODUCTION, introduction)
                .set(COMPILATION.RESULTS_IN_BRIEF, resultsInBrief)
                .set(COMPILATION.UPDATED_BY, by)
                .set(COMPILATION.UPDATED_AT, at)
                .where(COMPILATION.CYCLE_ID.eq(cycleId)).execute();
        if (updated == 0) {
            dsl.insertInto(COMPILATION)
                    .set(COMPILATION.CYCLE_ID, cycleId)
                    .set(COMPILATION.INTRODUCTION, introduction)
                    .set(COMPILATION.RESULTS_IN_BRIEF, resultsInBrief)
                    .set(COMPILATION.UPDATED_BY, by)
                    .set(COMPILATION.UPDATED_AT, at)
                    .execute();
        }
    }

    Map<String, StoredSentence> sentences(long cycleId) {
        return dsl.selectFrom(COMPILATION_SENTENCE).where(COMPILATION_SENTENCE.CYCLE_ID.eq(cycleId))
                .fetchMap(COMPILATION_SENTENCE.INDICATOR_CODE,
                        r -> new StoredSentence(r.getEditedText(), r.getGeneratedText()));
    }

    void saveSentence(long cycleId, String code, String editedText, String generatedText, String by, LocalDateTime at) {
        dsl.deleteFrom(COMPILATION_SENTENCE)
                .where(COMPILATION_SENTENCE.CYCLE_ID.eq(cycleId).and(COMPILATION_SENTENCE.INDICATOR_CODE.eq(code)))
                .execute();
        dsl.insertInto(COMPILATION_SENTENCE)
                .set(COMPILATION_SENTENCE.CYCLE_ID, cycleId)
                .set(COMPILATION_SENTENCE.INDICATOR_CODE, code)
                .set(COMPILATION_SENTENCE.EDITED_TEXT, editedText)
                .set(COMPILATION_SENTENCE.GENERATED_TEXT, generatedText)
                .set(COMPILATION_SENTENCE.EDITED_BY, by)
                .set(COMPILATION_SENTENCE.EDITED_AT, at)
                .execute();
    }

    void deleteSentence(long cycleId, String code) {
        dsl.deleteFrom(COMPILATION_SENTENCE)
                .where(COMPILATION_SENTENCE.CYCLE_ID.eq(cycleId).and(COMPILATION_SENTENCE.INDICATOR_CODE.eq(code)))
                .execute();
    }

    List<CompilationVersion> versions(long cycleId) {
        return dsl.select(COMPILATION_VERSION.ID, COMPILATION_VERSION.CYCLE_ID, COMPILATION_VERSION.VERSION_NO,
                        COMPILATION_VERSION.PUBLISHED_AT, COMPILATION_VERSION.PUBLISHED_BY, COMPILATION_VERSION.PDF_SIZE)
                .from(COMPILATION_VERSION).where(COMPILATION_VERSION.CYCLE_ID.eq(cycleId))
                .orderBy(COMPILATION_VERSION.VERSION_NO.desc())
                .fetch(CompilationRepository::toVersion);
    }

    /** The published versions of the cycles, by cycle and newest first. */
    List<CompilationVersion> versionsOfCycles(Collection<Long> cycleIds) {
        return dsl.select(COMPILATION_VERSION.ID, COMPILATION_VERSION.CYCLE_ID, COMPILATION_VERSION.VERSION_NO,
                        COMPILATION_VERSION.PUBLISHED_AT, COMPILATION_VERSION.PUBLISHED_BY, COMPILATION_VERSION.PDF_SIZE)
                .from(COMPILATION_VERSION).where(COMPILATION_VERSION.CYCLE_ID.in(cycleIds))
                .orderBy(COMPILATION_VERSION.CYCLE_ID, COMPILATION_VERSION.VERSION_NO.desc())
                .fetch(CompilationRepository::toVersion);
    }

    private static CompilationVersion toVersion(Record r) {
        return new CompilationVersion(r.get(COMPILATION_VERSION.ID), r.get(COMPILATION_VERSION.CYCLE_ID),
                r.get(COMPILATION_VERSION.VERSION_NO), r.get(COMPILATION_VERSION.PUBLISHED_AT),
                r.get(COMPILATION_VERSION.PUBLISHED_BY), r.get(COMPILATION_VERSION.PDF_SIZE));
    }

    void insertVersion(long cycleId, int versionNo, byte[] pdf, String by, LocalDateTime at) {
        dsl.insertInto(COMPILATION_VERSION)
                .set(COMPILATION_VERSION.CYCLE_ID, cycleId)
                .set(COMPILATION_VERSION.VERSION_NO, versionNo)
                .set(COMPILATION_VERSION.PUBLISHED_AT, at)
                .set(COMPILATION_VERSION.PUBLISHED_BY, by)
                .set(COMPILATION_VERSION.PDF, pdf)
                .set(COMPILATION_VERSION.PDF_SIZE, pdf.length)
                .execute();
    }

    /** The PDF exactly as it was published. */
    Optional<byte[]> pdf(long cycleId, int versionNo) {
        return dsl.select(COMPILATION_VERSION.PDF).from(COMPILATION_VERSION)
                .where(COMPILATION_VERSION.CYCLE_ID.eq(cycleId).and(COMPILATION_VERSION.VERSION_NO.eq(versionNo)))
                .fetchOptional(COMPILATION_VERSION.PDF);
    }
}
