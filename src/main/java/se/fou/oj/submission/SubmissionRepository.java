package se.fou.oj.submission;

import static se.fou.oj.db.Tables.REQUEST;
import static se.fou.oj.db.Tables.REQUEST_DEADLINE;
import static se.fou.oj.db.Tables.REQUEST_QUESTION;
import static se.fou.oj.db.Tables.SUBMISSION;
import static se.fou.oj.db.Tables.SUBMISSION_ANSWER;
import static se.fou.oj.db.Tables.SUBMISSION_COUNT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SubmissionRepository {

    private final DSLContext dsl;

    SubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored row of a submission, without status derived from deadlines. */
    record Stored(long id, long requestId, long municipalityId, String status, int version, String updatedBy,
                  LocalDateTime updatedAt, String submittedBy, LocalDateTime submittedAt, String reopenReason,
                  String mismatchExplanation) {
    }

    Optional<Request> request(long id) {
        return requests(REQUEST.ID.eq(id)).stream().findFirst();
    }

    /** The requests of the given cycles, oldest first: three queries however many cycles and requests. */
    List<Request> requestsOfCycles(Collection<Long> cycleIds) {
        return cycleIds.isEmpty() ? List.of() : requests(REQUEST.CYCLE_ID.in(cycleIds));
    }

    /** The given requests, oldest first: three queries however many. */
    List<Request> requests(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : requests(REQUEST.ID.in(ids));
    }

    /** Requests with their questions and extended deadlines, read in one query each rather than one per request. */
    private List<Request> requests(Condition which) {
        var rows = dsl.selectFrom(REQUEST).where(which).orderBy(REQUEST.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.map(r -> r.getId());
        Map<Long, List<Request.Question>> questions = new HashMap<>();
        dsl.selectFrom(REQUEST_QUESTION).where(REQUEST_QUESTION.REQUEST_ID.in(ids)).orderBy(REQUEST_QUESTION.POSITION)
                .forEach(q -> questions.computeIfAbsent(q.getRequestId(), k -> new ArrayList<>())
                        .add(new Request.Question(q.getId(), q.getPosition(), q.getQuestionText())));
        Map<Long, Map<Long, LocalDate>> deadlines = new HashMap<>();
        dsl.selectFrom(REQUEST_DEADLINE).where(REQUEST_DEADLINE.REQUEST_ID.in(ids))
                .forEach(d -> deadlines.computeIfAbsent(d.getRequestId(), k -> new HashMap<>())
                        .put(d.getMunicipalityId(), d.getDeadline()));
        return rows.map(r -> new Request(r.getId(), r.getCycleId(), r.getDevelopmentAreaId(), r.getTitle(),
                r.getInstructions(), r.getDeadline(), deadlines.getOrDefault(r.getId(), Map.of()),
                r.getAnswersPublishedAt(), List.copyOf(questions.getOrDefault(r.getId(), List.of())),
                StatisticsTable.parse(r.getStatsRows(), r.getStatsBreakdowns())));
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
        return stored(List.of(requestId), municipalityId).stream().findFirst();
    }

    /** The stored submissions to the given requests: of one municipality, or of all when {@code municipalityId} is null. */
    List<Stored> stored(Collection<Long> requestIds, Long municipalityId) {
        return requestIds.isEmpty() ? List.of() : dsl.selectFrom(SUBMISSION).where(of(requestIds, municipalityId))
                .fetch(s -> new Stored(s.getId(), s.getRequestId(), s.getMunicipalityId(), s.getStatus(), s.getVersion(),
                        s.getUpdatedBy(), s.getUpdatedAt(), s.getSubmittedBy(), s.getSubmittedAt(), s.getReopenReason(),
                        s.getMismatchExplanation()));
    }

    private static Condition of(Collection<Long> requestIds, Long municipalityId) {
        Condition condition = SUBMISSION.REQUEST_ID.in(requestIds);
        return municipalityId == null ? condition : condition.and(SUBMISSION.MUNICIPALITY_ID.eq(municipalityId));
    }

    /** Answer text by question id, by submission id, of the same submissions as {@link #stored(Collection, Long)}. */
    Map<Long, Map<Long, String>> answers(Collection<Long> requestIds, Long municipalityId) {
        Map<Long, Map<Long, String>> answers = new HashMap<>();
        if (!requestIds.isEmpty()) {
            dsl.select(SUBMISSION_ANSWER.SUBMISSION_ID, SUBMISSION_ANSWER.QUESTION_ID, SUBMISSION_ANSWER.ANSWER_TEXT)
                    .from(SUBMISSION_ANSWER).join(SUBMISSION).on(SUBMISSION.ID.eq(SUBMISSION_ANSWER.SUBMISSION_ID))
                    .where(of(requestIds, municipalityId))
                    .forEach(r -> answers.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        }
        return answers;
    }

    /** The typed counts by submission id, of the same submissions as {@link #stored(Collection, Long)}. */
    Map<Long, Map<StatisticsTable.Cell, Integer>> counts(Collection<Long> requestIds, Long municipalityId) {
        Map<Long, Map<StatisticsTable.Cell, Integer>> counts = new HashMap<>();
        if (!requestIds.isEmpty()) {
            dsl.select(SUBMISSION_COUNT.SUBMISSION_ID, SUBMISSION_COUNT.ROW_CODE, SUBMISSION_COUNT.BREAKDOWN,
                            SUBMISSION_COUNT.CATEGORY, SUBMISSION_COUNT.CLIENTS)
                    .from(SUBMISSION_COUNT).join(SUBMISSION).on(SUBMISSION.ID.eq(SUBMISSION_COUNT.SUBMISSION_ID))
                    .where(of(requestIds, municipalityId))
                    .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new HashMap<>())
                            .put(new StatisticsTable.Cell(r.value2(), r.value3(), r.value4()), r.value5()));
        }
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
            // A submission saved for the first time has no answers to delete. Deleting rows that are not there locks
            // the gap at the end of the answers' index, where every other first save inserts too: concurrent first
            // saves of different municipalities' answers deadlocked, and one of them was refused as a conflict
            if (current.isPresent()) {
                dsl.deleteFrom(SUBMISSION_ANSWER).where(SUBMISSION_ANSWER.SUBMISSION_ID.eq(submissionId)
                        .and(SUBMISSION_ANSWER.QUESTION_ID.eq(answer.getKey()))).execute();
            }
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
