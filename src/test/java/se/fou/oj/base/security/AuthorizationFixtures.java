package se.fou.oj.base.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.fou.oj.TestData;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.UserService;

/**
 * The states of the authorization matrix, each a set of path variables: built once, in areas and cycles of their own,
 * so the demo data other tests read stays as it is. The owning municipality is Ekerö (0125) throughout.
 */
final class AuthorizationFixtures {

    static final String OWNER_CODE = "0125";

    private final Map<String, Map<String, String>> states = new HashMap<>();

    private AuthorizationFixtures() {
    }

    /** The path variables of a state; fails on a state the matrix names but nobody built. */
    Map<String, String> variables(String state) {
        Map<String, String> variables = states.get(state);
        if (variables == null) {
            throw new AssertionError("The authorization matrix names an unknown state: " + state);
        }
        return variables;
    }

    private void state(String name, Object... keyValues) {
        Map<String, String> variables = new HashMap<>();
        variables.put("municipalityCode", OWNER_CODE);
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], String.valueOf(keyValues[i + 1]));
        }
        states.put(name, variables);
    }

    record Services(TestData testData, AnalysisFixture analysisFixture, CycleService cycles, ResultsService results,
                    SubmissionService submissions, RequestService requests, AnalysisReportService analysis, DecisionService decisions,
                    DevelopmentAreaService developmentAreas, MeetingService meetings, UserService users,
                    ActionPlanService actionPlans) {
    }

    static AuthorizationFixtures build(Services s) {
        AuthorizationFixtures f = new AuthorizationFixtures();
        Cycle demo = s.testData().demoCycle();
        SystemActor.run(() -> {
            f.state("any");
            // The demo cycle: results and compilation published, the short analysis sent for decision, areas decided
            long decided = s.decisions().improvementAreas(demo.id()).get(0).developmentAreaId();
            long notDecided = s.developmentAreas().areasOfCycle(demo.id()).stream()
                    .filter(a -> a.status() == DevelopmentArea.Status.SELECTED).findFirst().orElseThrow().id();
            f.state("demo", "cycleId", demo.id(), "version", 1);
            f.state("decided-area", "areaId", decided);
            f.state("area-not-decided", "areaId", notDecided);

            // A cycle with results that are not published, nothing compiled, no analysis
            Cycle unpublished = s.testData().newCycle();
            s.results().importResults(unpublished.id(), "oj.csv", TestData.ojCsvBytes(unpublished.areaName()), false);
            f.state("results-unpublished", "cycleId", unpublished.id(), "version", 1, "areaName", unpublished.areaName());

            // 2018 published, 2017 not (the previous year's leak), and both published
            TestData.TwoYears leak = s.testData().twoYears();
            s.cycles().publishResults(leak.later().id());
            f.state("previous-unpublished", "cycleId", leak.later().id());
            TestData.TwoYears open = s.testData().twoYears();
            s.cycles().publishResults(open.earlier().id());
            s.cycles().publishResults(open.later().id());
            f.state("previous-published", "cycleId", open.later().id());

            // Meetings: one to which only Ekerö's contact is invited
            long ekeroUser = s.users().users().stream().filter(u -> u.username().equals("ekero")).findFirst().orElseThrow().id();
            long meeting = s.meetings().create(unpublished.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, "Resultatmöte",
                    LocalDateTime.of(2030, 3, 4, 9, 0), "Solna", null, false, List.of(ekeroUser), null)).id();
            f.state("meeting-owner-invited", "id", meeting);
        });

        // Requests of one cycle: Ekerö's answer as a draft, submitted, and published (submitted, or left a draft)
        Cycle requests = s.testData().newCycle();
        f.state("answer-draft", "requestId", request(s, requests, "Utkast", false, false, false));
        f.state("answer-submitted", "requestId", request(s, requests, "Inskickat", true, false, false));
        f.state("published-submitted", "requestId", request(s, requests, "Publicerat", true, true, true));
        f.state("published-draft", "requestId", request(s, requests, "Publicerat utkast", false, true, true));

        // The short analysis: a draft, and sent for decision before and after the answers and the results are published
        AnalysisFixture.Stage2 drafted = s.analysisFixture().stage2();
        SystemActor.run(() -> s.analysis().startDraft(drafted.cycle().id()));
        f.state("report-draft", "cycleId", drafted.cycle().id());
        AnalysisFixture.Stage2 sent = s.analysisFixture().stage2();
        DevelopmentArea planned = s.analysisFixture().decidedArea(sent.cycle(), List.of("EB13"), List.of());
        f.state("report-sent-answers-unpublished", "cycleId", sent.cycle().id());
        // The owning municipality's action plan of a decided area, and its first activity
        Long owner = s.analysisFixture().user("ekero").municipalityId();
        ActionPlan ownPlan = SystemActor.call(() -> s.actionPlans().plans(planned.id())).stream()
                .filter(p -> owner.equals(p.municipalityId())).findFirst().orElseThrow();
        f.state("own-action-plan", "areaId", planned.id(), "planId", ownPlan.id(), "activityId", ownPlan.activities().get(0).id());
        AnalysisFixture.Stage2 sentPublished = s.analysisFixture().stage2();
        s.analysisFixture().decidedArea(sentPublished.cycle(), List.of("EB13"), List.of());
        SystemActor.run(() -> s.requests().publishAnswers(sentPublished.request().id()));
        // The report prints every municipality's results too: answers published alone do not open it to contacts
        f.state("report-sent-results-unpublished", "cycleId", sentPublished.cycle().id());
        AnalysisFixture.Stage2 sentOpen = s.analysisFixture().stage2();
        s.analysisFixture().decidedArea(sentOpen.cycle(), List.of("EB13"), List.of());
        SystemActor.run(() -> s.requests().publishAnswers(sentOpen.request().id()));
        SystemActor.run(() -> s.cycles().publishResults(sentOpen.cycle().id()));
        f.state("report-sent-answers-published", "cycleId", sentOpen.cycle().id());
        return f;
    }

    /** A request with Ekerö's answer (Järfälla's is always submitted); its deadline passed when it is to be published. */
    private static long request(Services s, Cycle cycle, String title, boolean ekeroSubmits, boolean publish,
                                boolean deadlinePassed) {
        Request request = SystemActor.call(() -> s.requests().createRequest(cycle.id(), new RequestDraft(title,
                "Svara kort.", List.of("Vad vet vi?"), deadlinePassed ? LocalDate.now().minusDays(1)
                : LocalDate.now().plusDays(14), null)));
        long question = request.questions().get(0).id();
        SystemActor.callAs(s.analysisFixture().user("ekero"), () -> ekeroSubmits
                ? s.submissions().submit(request.id(), OWNER_CODE, 0, Map.of(question, "Ekerös hemliga utkast."))
                : s.submissions().saveDraft(request.id(), OWNER_CODE, 0, Map.of(question, "Ekerös hemliga utkast.")));
        SystemActor.callAs(s.analysisFixture().user("jarfalla"), () ->
                s.submissions().submit(request.id(), "0123", 0, Map.of(question, "Järfällas inskickade svar.")));
        if (publish) {
            SystemActor.run(() -> s.requests().publishAnswers(request.id()));
        }
        return request.id();
    }
}
