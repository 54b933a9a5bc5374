package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fou.oj.db.Tables.DEVELOPMENT_AREA;
import static se.fou.oj.db.Tables.MUNICIPALITY;
import static se.fou.oj.db.Tables.REQUEST_DEADLINE;
import static se.fou.oj.db.Tables.SUBMISSION;
import static se.fou.oj.db.Tables.SUBMISSION_ANSWER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.QueryCounter;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.start.TaskService;

/**
 * The requests matrix and the start page's tasks cost a fixed number of SQL statements, whatever the number of
 * municipalities, requests and cycles: counted with a jOOQ listener for the region's 8 municipalities and for 290 (282
 * generated for this test with answers, removed afterwards).
 */
class QueryCountIT extends IntegrationTest {

    private static final int EXTRA = 282;

    private static final int MORE_CYCLES = 3;

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    @Autowired
    TaskService taskService;

    @Autowired
    MeetingService meetingService;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    private final List<Long> extraMunicipalities = new ArrayList<>();

    private Request newRequest(Cycle cycle, String title) {
        loginAs("fou");
        return requestService.createRequest(cycle.id(), new RequestDraft(title, null, List.of("Vad vet vi?", "Vad gör ni?"),
                LocalDate.now(clock).plusDays(20), null));
    }

    /** 282 more active municipalities, each with an answer to the request: every other one submitted. */
    private void addMunicipalities(long requestId) {
        int first = dsl.fetchCount(MUNICIPALITY);
        for (int m = 1; m <= EXTRA; m++) {
            long id = dsl.insertInto(MUNICIPALITY).set(MUNICIPALITY.CODE, String.format("%04d", 7000 + m))
                    .set(MUNICIPALITY.NAME, String.format("Räknekommun %03d", m)).set(MUNICIPALITY.ACTIVE, true)
                    .returning(MUNICIPALITY.ID).fetchOne().getId();
            extraMunicipalities.add(id);
            LocalDateTime at = LocalDateTime.now(clock).minusDays(1);
            long submissionId = dsl.insertInto(SUBMISSION).set(SUBMISSION.REQUEST_ID, requestId)
                    .set(SUBMISSION.MUNICIPALITY_ID, id).set(SUBMISSION.STATUS, m % 2 == 0 ? "SUBMITTED" : "DRAFT")
                    .set(SUBMISSION.VERSION, 1).set(SUBMISSION.UPDATED_BY, "fou").set(SUBMISSION.UPDATED_AT, at)
                    .set(SUBMISSION.SUBMITTED_BY, m % 2 == 0 ? "fou" : null).set(SUBMISSION.SUBMITTED_AT, m % 2 == 0 ? at : null)
                    .returning(SUBMISSION.ID).fetchOne().getId();
            dsl.insertInto(SUBMISSION_ANSWER).set(SUBMISSION_ANSWER.SUBMISSION_ID, submissionId)
                    .set(SUBMISSION_ANSWER.QUESTION_ID, requestService.request(requestId).questions().get(0).id())
                    .set(SUBMISSION_ANSWER.ANSWER_TEXT, "Svar " + m).execute();
        }
        assertThat(dsl.fetchCount(MUNICIPALITY)).isEqualTo(first + EXTRA);
    }

    @AfterEach
    void removeMunicipalities() {
        if (extraMunicipalities.isEmpty()) {
            return;
        }
        var ids = dsl.select(SUBMISSION.ID).from(SUBMISSION).where(SUBMISSION.MUNICIPALITY_ID.in(extraMunicipalities));
        dsl.deleteFrom(SUBMISSION_ANSWER).where(SUBMISSION_ANSWER.SUBMISSION_ID.in(ids)).execute();
        dsl.deleteFrom(SUBMISSION).where(SUBMISSION.MUNICIPALITY_ID.in(extraMunicipalities)).execute();
        dsl.deleteFrom(REQUEST_DEADLINE).where(REQUEST_DEADLINE.MUNICIPALITY_ID.in(extraMunicipalities)).execute();
        dsl.deleteFrom(MUNICIPALITY).where(MUNICIPALITY.ID.in(extraMunicipalities)).execute();
        extraMunicipalities.clear();
    }

    /** Counts the statements of one warm call and reports them with the median time of 5 further calls. */
    private <T> QueryCounter.Counted<T> measure(String what, Supplier<T> work) {
        work.get();
        QueryCounter.Counted<T> counted = queryCounter.count(work);
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("QUERIES %s: %d statements, median %.1f ms%n", what, counted.statements(), nanos[2] / 1e6);
        return counted;
    }

    @Test
    void theRequestsMatrixCostsTheSameFor8And290Municipalities() {
        Cycle cycle = testData.newCycle();
        Request request = newRequest(cycle, "Räknad förfrågan");
        loginAs("ekero");
        service.saveDraft(request.id(), "0125", 0, Map.of(request.questions().get(0).id(), "Utkast"));
        loginAs("fou");
        var few = measure("requests matrix, 8 municipalities", () -> requestService.matrix(request.id()));

        addMunicipalities(request.id());
        loginAs("fou");
        var many = measure("requests matrix, 290 municipalities", () -> requestService.matrix(request.id()));

        assertThat(many.result()).hasSize(few.result().size() + EXTRA);
        assertThat(many.statements()).isEqualTo(few.statements());
    }

    @Test
    void theStartPageCostsTheSameWhateverTheMunicipalitiesRequestsAndCycles() {
        Cycle cycle = testData.newCycle();
        Request request = newRequest(cycle, "Första räknade förfrågan");
        loginAs("ekero");
        var one = measure("start page tasks of a contact, 8 municipalities, 1 new request", taskService::myTasks);
        loginAs("fou");
        var fouFew = measure("start page tasks of FoU, 8 municipalities", taskService::myTasks);

        addMunicipalities(request.id());
        loginAs("fou");
        var fouMany = measure("start page tasks of FoU, 290 municipalities", taskService::myTasks);
        Cycle another = testData.newCycle();
        for (int i = 1; i <= 3; i++) {
            newRequest(another, "Räknad förfrågan " + i);
        }
        loginAs("ekero");
        var many = measure("start page tasks of a contact, 290 municipalities, 4 new requests in 2 new cycles",
                taskService::myTasks);

        assertThat(many.result()).hasSize(one.result().size() + 3);
        assertThat(many.statements()).isEqualTo(one.statements());
        assertThat(fouMany.result()).hasSizeGreaterThanOrEqualTo(fouFew.result().size());
    }

    /**
     * FoU's and a social chief's tasks are read for every cycle at once: three more cycles, each with a request, a
     * decision meeting and a selected development area, add tasks (FoU imports their results) but no statement.
     */
    @Test
    void theStartPageOfFouAndASocialChiefCostsTheSameWhateverTheCycles() {
        loginAs("fou");
        var fouFew = measure("start page tasks of FoU, the demo's cycles", taskService::myTasks);
        loginAs("socialchef");
        var chiefFew = measure("start page tasks of a social chief, the demo's cycles", taskService::myTasks);

        for (int i = 1; i <= MORE_CYCLES; i++) {
            Cycle cycle = testData.newCycle();
            newRequest(cycle, "Räknad förfrågan i ny cykel " + i);
            meetingService.create(cycle.id(), new MeetingDraft(MeetingKind.DECISION_MEETING, "Räknat beslutsmöte " + i,
                    LocalDateTime.now(clock).plusDays(10), "Kommunhuset", null, true, List.of(), null));
            // Proposing through the service needs the cycle's results; the area's row is all the tasks read
            dsl.insertInto(DEVELOPMENT_AREA).set(DEVELOPMENT_AREA.CYCLE_ID, cycle.id())
                    .set(DEVELOPMENT_AREA.TITLE, "Räknat område " + i).set(DEVELOPMENT_AREA.NEED, "Behov")
                    .set(DEVELOPMENT_AREA.STATUS, "SELECTED").set(DEVELOPMENT_AREA.PROPOSED_BY, "fou")
                    .set(DEVELOPMENT_AREA.CREATED_AT, LocalDateTime.now(clock)).execute();
        }
        loginAs("fou");
        var fouMore = measure("start page tasks of FoU, " + MORE_CYCLES + " more cycles", taskService::myTasks);
        loginAs("socialchef");
        var chiefMore = measure("start page tasks of a social chief, " + MORE_CYCLES + " more cycles", taskService::myTasks);

        assertThat(fouMore.result()).hasSize(fouFew.result().size() + MORE_CYCLES);
        assertThat(fouMore.statements()).isEqualTo(fouFew.statements());
        assertThat(chiefMore.result()).isEqualTo(chiefFew.result());
        assertThat(chiefMore.statements()).isEqualTo(chiefFew.statements());
    }

    @Test
    void submitReadsTheRequestOnce() {
        Cycle cycle = testData.newCycle();
        Request request = newRequest(cycle, "Inskickning räknad");
        loginAs("ekero");
        var submitted = queryCounter.count(() -> service.submit(request.id(), "0125", 0,
                Map.of(request.questions().get(0).id(), "Vårt svar")));
        assertThat(submitted.result().submitted()).isTrue();
        Pattern fromRequest = Pattern.compile("from\\s+(`?\\w+`?\\.)?`?request`?(\\s|$)", Pattern.CASE_INSENSITIVE);
        assertThat(submitted.sql()).filteredOn(sql -> fromRequest.matcher(sql).find()).hasSize(1);
    }
}
