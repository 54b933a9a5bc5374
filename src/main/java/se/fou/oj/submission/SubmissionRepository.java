package se.fou.oj.submission;

import static se.fou.oj.db.Tables.MUNICIPALITY;
import static se.fou.oj.db.Tables.REQUEST;
import static se.fou.oj.db.Tables.REQUEST_DEADLINE;
import static se.fou.oj.db.Tables.REQUEST_QUESTION;
import static se.fou.oj.db.Tables.SUBMISSION;
import static se.fou.oj.db.Tables.SUBMISSION_ANSWER;
import static se.fou.oj.db.Tables.SUBMISSION_COUNT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class SubmissionRepository {

    private final DSLContext dsl;

    SubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored row of a submission, without status derived from deadlines. */
    record Stored(long id, String status, int version, String updatedBy, LocalDateTime updatedAt, String submittedBy,
                  LocalDateTime submittedAt, String reopenReason, String mismatchExplanation) {
    }

    List<Long> requestIds(long cycleId) {
        return dsl.select(REQUEST.ID).from(REQUEST).where(REQUEST.CYCLE_ID.eq(cycleId)).orderBy(REQUEST.ID).fetch(REQUEST.ID);
    }

    Optional<Request> request(long id) {
        Record r = dsl.selectFrom(REQUEST).where(REQUEST.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        var questions = dsl.selectFrom(REQUEST_QUESTION).where(REQUEST_QUESTION.REQUEST_ID.eq(id))
                .orderBy(REQUEST_QUESTION.POSITION)
                .fetch(q -> new Request.Question(q.getId(), q.getPosition(), q.getQuestionText()));
        Map<Long, LocalDate> deadlines = dsl.selectFrom(REQUEST_DEADLINE).where(REQUEST_DEADLINE.REQUEST_ID.eq(id))
                .fetchMap(REQUEST_DEADLINE.MUNICIPALITY_ID, REQUEST_DEADLINE.DEADLINE);
        return Optional.of(new Request(id, r.get(REQUEST.CYCLE_ID), r.get(REQUEST.DEVELOPMENT_AREA_ID), r.get(REQUEST.TITLE),
                r.get(REQUEST.INSTRUCTIONS), r.get(REQUEST.DEADLINE), deadlines, r.get(REQUEST.ANSWERS_PUBLISHED_AT), questions,
                StatisticsTable.parse(r.get(REQUEST.STATS_ROWS), r.get(REQUEST.STATS_BREAKDOWNS))));
    }

    long insertRequest(long cycleId, Long developmentAreaId, String title, String instructions, LocalDate deadline,
                       List<String> questions, StatisticsTable statistics, String by, LocalDateTime at) {
        long id = dsl.insertInto(REQUEST).set(REQUEST.CYCLE_ID, cycleId).set(REQUEST.DEVELOPMENT_AREA_ID, developmentAreaId)
                .set(REQUEST.STATS_ROWS, statistics == null ? null : statistics.rowsText())
                .set(REQUEST.STATS_BREAKDOWNS, statistics == null ? null : statistics.breakdownsText())
                .set(REQUEST.TITLE, title).set(REQUEST.INSTRUCTIONS, instructions).set(REQUEST.DEADLINE, deadline)
                .set(REQUEST.CREATED_BY, by).set(REQUEST.CREATED_AT, at).returning(REQUEST.ID).fetchOne().getId();
        int position = 0;
        for (String question : questions) {
            dsl.insertInto(REQUEST_QUESTION).set(REQUEST_QUESTION.REQUEST_ID, id).set(REQUEST_QUESTION.POSITION, ++position)
                    .set(REQUEST_QUESTION.QUESTION_TEXT, question).execute();
        }
        return id;
    }

    void extendDeadline(long requestId, long municipalityId, LocalDate deadline) {
        dsl.deleteFrom(REQUEST_DEADLINE).where(REQUEST_DEADLINE.REQUEST_ID.eq(requestId)
                .and(REQUEST_DEADLINE.MUNICIPALITY_ID.eq(municipalityId))).execute();
        dsl.insertInto(REQUEST_DEADLINE).set(REQUEST_DEADLINE.REQUEST_ID, requestId)
                .set(REQUEST_DEADLINE.MUNICIPALITY_ID, municipalityId).set(REQUEST_DEADLINE.DEADLINE, deadline).execute();
    }

    void publishAnswers(long requestId, LocalDateTime at) {
        dsl.update(REQUEST).set(REQUEST.ANSWERS_PUBLISHED_AT, at).where(REQUEST.ID.eq(requestId)).execute();
    }

    Optional<Stored> stored(long requestId, long municipalityId) {
        return dsl.selectFrom(SUBMISSION).where(SUBMISSION.REQUEST_ID.eq(requestId).and(SUBMISSION.MUNICIPALITY_ID.eq(municipalityId)))
                .fetchOptional(s -> new Stored(s.getId(), s.getStatus(), s.getVersion(), s.getUpdatedBy(), s.getUpdatedAt(),
                        s.getSubmittedBy(), s.getSubmittedAt(), s.getReopenReason(), s.getMismatchExplanation()));
    }

    Map<Long, String> answers(long submissionId) {
        return dsl.selectFrom(SUBMISSION_ANSWER).where(SUBMISSION_ANSWER.SUBMISSION_ID.eq(submissionId))
                .fetchMap(SUBMISSION_ANSWER.QUESTION_ID, SUBMISSION_ANSWER.ANSWER_TEXT);
    }

    Map<StatisticsTable.Cell, Integer> counts(long submissionId) {
        Map<StatisticsTable.Cell, Integer> counts = new java.util.HashMap<>();
        dsl.selectFrom(SUBMISSION_COUNT).where(SUBMISSION_COUNT.SUBMISSION_ID.eq(submissionId))
                .forEach(r -> counts.put(new StatisticsTable.Cell(r.getRowCode(), r.getBreakdown(), r.getCategory()), r.getClients()));
        return counts;
    }

    /** Stores the given cells (others stay as they were) and, if given, the explanation of a mismatch. */
    void saveCounts(long requestId, long municipalityId, Map<StatisticsTable.Cell, Integer> counts, String explanation) {
        long submissionId = stored(requestId, municipalityId).orElseThrow().id();
        for (Map.Entry<StatisticsTable.Cell, Integer> entry : counts.entrySet()) {
            StatisticsTable.Cell cell = entry.getKey();
            dsl.deleteFrom(SUBMISSION_COUNT).where(SUBMISSION_COUNT.SUBMISSION_ID.eq(submissionId)
                    .and(SUBMISSION_COUNT.ROW_CODE.eq(cell.row())).and(SUBMISSION_COUNT.BREAKDOWN.eq(cell.breakdown()))
                    .and(SUBMISSION_COUNT.CATEGORY.eq(cell.category()))).execute();
            dsl.insertInto(SUBMISSION_COUNT).set(SUBMISSION_COUNT.SUBMISSION_ID, submissionId)
                    .set(SUBMISSION_COUNT.ROW_CODE, cell.row()).set(SUBMISSION_COUNT.BREAKDOWN, cell.breakdown())
                    .set(SUBMISSION_COUNT.CATEGORY, cell.category()).set(SUBMISSION_COUNT.CLIENTS, entry.getValue()).execute();
        }
        if (explanation != null) {
            dsl.update(SUBMISSION).set(SUBMISSION.MISMATCH_EXPLANATION, explanation.isBlank() ? null : explanation.trim())
                    .where(SUBMISSION.ID.eq(submissionId)).execute();
        }
    }

    String municipalityName(long municipalityId) {
        return dsl.select(MUNICIPALITY.NAME).from(MUNICIPALITY).where(MUNICIPALITY.ID.eq(municipalityId)).fetchOne(MUNICIPALITY.NAME);
    }

    /**
     * Saves the answers only if the stored version is still the one the editor read; returns false when someone else
     * saved in between. The first save creates the submission.
     */
    boolean saveAnswers(long requestId, long municipalityId, int expectedVersion, Map<Long, String> answers, String status,
                        String by, LocalDateTime at) {
        Optional<Stored> current = stored(requestId, municipalityId);
        long submissionId;
        if (current.isEmpty()) {
            if (expectedVersion != 0) {
                return false;
            }
            submissionId = dsl.insertInto(SUBMISSION).set(SUBMISSION.REQUEST_ID, requestId)
                    .set(SUBMISSION.MUNICIPALITY_ID, municipalityId).set(SUBMISSION.STATUS, status)
                    .set(SUBMISSION.VERSION, 1).set(SUBMISSION.UPDATED_BY, by).set(SUBMISSION.UPDATED_AT, at)
                    .returning(SUBMISSION.ID).fetchOne().getId();
        } else {
            int updated = dsl.update(SUBMISSION).set(SUBMISSION.VERSION, SUBMISSION.VERSION.plus(1))
                    .set(SUBMISSION.STATUS, status).set(SUBMISSION.UPDATED_BY, by).set(SUBMISSION.UPDATED_AT, at)
                    .where(SUBMISSION.ID.eq(current.get().id()).and(SUBMISSION.VERSION.eq(expectedVersion))).execute();
            if (updated == 0) {
                return false;
            }
            submissionId = current.get().id();
        }
        for (Map.Entry<Long, String> answer : answers.entrySet()) {
            dsl.deleteFrom(SUBMISSION_ANSWER).where(SUBMISSION_ANSWER.SUBMISSION_ID.eq(submissionId)
                    .and(SUBMISSION_ANSWER.QUESTION_ID.eq(answer.getKey()))).execute();
            dsl.insertInto(SUBMISSION_ANSWER).set(SUBMISSION_ANSWER.SUBMISSION_ID, submissionId)
                    .set(SUBMISSION_ANSWER.QUESTION_ID, answer.getKey()).set(SUBMISSION_ANSWER.ANSWER_TEXT, answer.getValue())
                    .execute();
        }
        return true;
    }

    void markSubmitted(long requestId, long municipalityId, String by, LocalDateTime at) {
        dsl.update(SUBMISSION).set(SUBMISSION.STATUS, "SUBMITTED").set(SUBMISSION.SUBMITTED_BY, by)
                .set(SUBMISSION.SUBMITTED_AT, at).where(SUBMISSION.REQUEST_ID.eq(requestId)
                        .and(SUBMISSION.MUNICIPALITY_ID.eq(municipalityId))).execute();
    }

    void reopen(long requestId, long municipalityId, String reason) {
        dsl.update(SUBMISSION).set(SUBMISSION.STATUS, "REOPENED").set(SUBMISSION.REOPEN_REASON, reason)
                .set(SUBMISSION.VERSION, SUBMISSION.VERSION.plus(1))
                .where(SUBMISSION.REQUEST_ID.eq(requestId).and(SUBMISSION.MUNICIPALITY_ID.eq(municipalityId))).execute();
    }
}
