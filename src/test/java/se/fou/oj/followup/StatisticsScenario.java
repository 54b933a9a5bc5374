package se.fou.oj.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.SubmissionService;

/**
 * A decided area whose original request asked for rows 021, 022, 031 by sex, answered by Ekerö, Järfälla and Solna, and
 * whose follow-up asks for 021, 022, 041 by sex and age: Ekerö and Järfälla submit, Solna keeps a draft. Every
 * deadline has passed, so FoU may publish either request. Figures chosen for shares computed by hand in the tests.
 */
public record StatisticsScenario(DevelopmentArea area, Request original, FollowUp followUp, Request followUpRequest) {

    public static final String ORIGINAL_ROWS = "021 Sjukskriven med läkarintyg\n022 Väntar på ersättning\n031 Aktivitetsersättning";
    public static final String FOLLOW_UP_ROWS = "021 Sjukskriven med läkarintyg\n022 Väntar på ersättning\n041 Ny grupp";

    public static StatisticsScenario create(TestData testData, ResultsService resultsService, AnalysisFixture fixture,
                                            RequestService requestService, SubmissionService submissionService,
                                            FollowUpService followUpService) {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        DevelopmentArea area = fixture.decidedArea(cycle, List.of("EB13"),
                List.of(new Plan.Milestone(LocalDate.of(2030, 6, 30), "Slutuppföljning")));
        LocalDate past = LocalDate.now().minusDays(1);
        Request original = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft(
                "Klienter med ohälsa", null, List.of("Hur många?"), past, area.id(), ORIGINAL_ROWS, "Kön: Män, Kvinnor")));
        long question = original.questions().get(0).id();
        submit(fixture, "ekero", () -> submissionService.submit(original.id(), "0125", 0, Map.of(question, "Ekerö"),
                counts(Map.of("021", new int[] {7, 3, 4}, "022", new int[] {3, 1, 2}, "031", new int[] {10, 5, 5})), null));
        submit(fixture, "jarfalla", () -> submissionService.submit(original.id(), "0123", 0, Map.of(question, "Järfälla"),
                counts(Map.of("021", new int[] {2, 1, 1}, "022", new int[] {2, 1, 1}, "031", new int[] {0, 0, 0})), null));
        submit(fixture, "solna", () -> submissionService.submit(original.id(), "0184", 0, Map.of(question, "Solna"),
                counts(Map.of("021", new int[] {5, 5, 0}, "022", new int[] {0, 0, 0}, "031", new int[] {5, 0, 5})), null));
        FollowUp followUp = SystemActor.call(() -> followUpService.create(area.id(), new FollowUpDraft("Uppföljning 1",
                "Rutinen.", null, List.of("Vad har ni gjort?"), past, null, FOLLOW_UP_ROWS,
                "Kön: Män, Kvinnor\nÅlder: Yngre än 29 år, 29 år eller äldre")));
        Request request = SystemActor.call(() -> requestService.request(followUp.requestId()));
        long asked = request.questions().get(0).id();
        submit(fixture, "ekero", () -> submissionService.submit(request.id(), "0125", 0, Map.of(asked, "Ekerö igen"),
                counts(Map.of("021", new int[] {9, 4, 5}, "022", new int[] {1, 0, 1}, "041", new int[] {10, 6, 4})), null));
        submit(fixture, "jarfalla", () -> submissionService.submit(request.id(), "0123", 0, Map.of(asked, "Järfälla igen"),
                counts(Map.of("021", new int[] {4, 2, 2}, "022", new int[] {0, 0, 0}, "041", new int[] {4, 2, 2})), null));
        submit(fixture, "solna", () -> submissionService.saveDraft(request.id(), "0184", 0, Map.of(asked, "Solnas utkast"),
                counts(Map.of("021", new int[] {99, 50, 49})), null));
        return new StatisticsScenario(area, original, followUp, request);
    }

    private static void submit(AnalysisFixture fixture, String contact, Supplier<Object> work) {
        SystemActor.callAs(fixture.user(contact), work);
    }

    /** Row code to {total, men, women}. */
    private static Map<StatisticsTable.Cell, Integer> counts(Map<String, int[]> rows) {
        Map<StatisticsTable.Cell, Integer> counts = new HashMap<>();
        rows.forEach((row, figures) -> {
            counts.put(new StatisticsTable.Cell(row, StatisticsTable.TOTAL, "Alla"), figures[0]);
            counts.put(new StatisticsTable.Cell(row, "Kön", "Män"), figures[1]);
            counts.put(new StatisticsTable.Cell(row, "Kön", "Kvinnor"), figures[2]);
        });
        return counts;
    }
}
