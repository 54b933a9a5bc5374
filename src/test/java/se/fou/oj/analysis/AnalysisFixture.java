package se.fou.oj.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ClassPathResource;
import se.fou.oj.TestData;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaDraft;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.AppUserDetailsService;

/**
 * Stage 2 up to the analysis on a fresh cycle of its own: the 2018 results, two selected development areas from the
 * result meeting, and a request about the first, its deadline passed yesterday, that Ekerö and Järfälla answered
 * (late) with the shared statistics; its answers are not yet published.
 */
@TestComponent
public class AnalysisFixture {

    public record Stage2(Cycle cycle, DevelopmentArea illHealth, DevelopmentArea plans, Request request) {
    }

    private final TestData testData;
    private final ResultsService resultsService;
    private final DevelopmentAreaService developmentAreaService;
    private final SubmissionService submissionService;
    private final RequestService requestService;
    private final AppUserDetailsService users;
    private final AnalysisReportService analysisService;
    private final ProposalService proposalService;
    private final DecisionService decisionService;
    private final MeetingService meetingService;

    public AnalysisFixture(TestData testData, ResultsService resultsService, DevelopmentAreaService developmentAreaService,
                           SubmissionService submissionService, RequestService requestService, AppUserDetailsService users,
                           AnalysisReportService analysisService, ProposalService proposalService,
                           DecisionService decisionService,
                           MeetingService meetingService) {
        this.analysisService = analysisService;
        this.proposalService = proposalService;
        this.decisionService = decisionService;
        this.meetingService = meetingService;
        this.testData = testData;
        this.resultsService = resultsService;
        this.developmentAreaService = developmentAreaService;
        this.submissionService = submissionService;
        this.requestService = requestService;
        this.users = users;
    }

    public Stage2 stage2() {
        Cycle cycle = testData.newCycle();
        return SystemActor.call(() -> {
            resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            DevelopmentArea illHealth = developmentAreaService.propose(cycle.id(), new DevelopmentAreaDraft(
                    "Ohälsa som försörjningshinder", "Få överenskommelser med primärvård och psykiatri.", null,
                    List.of("EB13", "EB14"), null));
            developmentAreaService.select(illHealth.id());
            DevelopmentArea plans = developmentAreaService.propose(cycle.id(), new DevelopmentAreaDraft(
                    "Genomförandeplaner", "Planerna görs sällan tillsammans med den enskilde.", null, List.of("EB27"), null));
            developmentAreaService.select(plans.id());
            StatisticsTable table = StatisticsTable.causeCodes();
            Request request = requestService.createRequest(cycle.id(), new RequestDraft("Ohälsa och försörjning",
                    "Svara kort.", List.of("Vad vet vi i vår kommun?", "Vad har vi för statistik?"), LocalDate.now().minusDays(1),
                    illHealth.id(), table.rowsText(), table.breakdownsText()));
            SystemActor.callAs(user("ekero"), () -> submissionService.submit(request.id(), "0125", 0, Map.of(
                    request.questions().get(0).id(), "Ekerös klienter med ohälsa saknar oftast ersättning.",
                    request.questions().get(1).id(), "50 klienter med kod 021–032."), counts("Ekerö"), null));
            SystemActor.callAs(user("jarfalla"), () -> submissionService.submit(request.id(), "0123", 0, Map.of(
                    request.questions().get(0).id(), "Järfälla ser många unga med ohälsa."), counts("Järfälla"), null));
            return new Stage2(cycle, developmentAreaService.developmentArea(illHealth.id()),
                    developmentAreaService.developmentArea(plans.id()), requestService.request(request.id()));
        });
    }

    /**
     * A selected development area of the cycle on the given indicators, proposed with a plan (2020–2030, the given
     * milestones, all municipalities responsible) and decided by FoU from a social chiefs' meeting of the cycle.
     */
    public DevelopmentArea decidedArea(Cycle cycle, List<String> codes, List<Plan.Milestone> milestones) {
        return SystemActor.call(() -> {
            DevelopmentArea area = developmentAreaService.propose(cycle.id(), new DevelopmentAreaDraft("Samverkan kring ohälsa",
                    "Få överenskommelser.", null, codes, null));
            developmentAreaService.select(area.id());
            AnalysisReport draft = analysisService.startDraft(cycle.id());
            Proposal proposal = proposalService.propose(draft.id(), area.id(), "Vanligaste hindret.");
            proposalService.savePlan(proposal.id(), new PlanDraft(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31),
                    milestones, List.of(new PlanDraft.ResponsibilityDraft("ALLA", "Inför rutinen"))));
            analysisService.sendForDecision(draft.id());
            long meeting = meetingService.create(cycle.id(), new MeetingDraft(MeetingKind.DECISION_MEETING, "Socialchefsgruppen",
                    LocalDateTime.of(2020, 1, 20, 9, 0), "Solna", null, false, List.of(), null)).id();
            decisionService.recordOnBehalf(proposal.id(), ProposalDecision.Outcome.APPROVED, meeting, null);
            return developmentAreaService.developmentArea(area.id());
        });
    }

    public AppUserPrincipal user(String username) {
        return (AppUserPrincipal) users.loadUserByUsername(username);
    }

    /** The municipality's figures of the shared data (orsakskoder-2015.csv). */
    static Map<StatisticsTable.Cell, Integer> counts(String municipality) {
        Map<StatisticsTable.Cell, Integer> counts = new HashMap<>();
        try (var in = new ClassPathResource("demo/orsakskoder-2015.csv").getInputStream()) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(";");
                if (cells.length == 6 && cells[0].equals(municipality)) {
                    counts.put(new StatisticsTable.Cell(cells[4], cells[2], cells[3]), Integer.parseInt(cells[5].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
