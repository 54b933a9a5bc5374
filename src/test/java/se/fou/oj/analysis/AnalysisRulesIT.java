package se.fou.oj.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.analysis.PlanDraft.ResponsibilityDraft;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.DecisionState;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.start.Task;
import se.fou.oj.start.TaskService;
import se.fou.oj.submission.RequestService;

/** Who may do what with the report and the decision, and what a frozen version and a sending back mean. */
class AnalysisRulesIT extends IntegrationTest {

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    AnalysisReportService analysisService;

    @Autowired
    ProposalService proposalService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    DevelopmentAreaService developmentAreaService;

    @Autowired
    RequestService requestService;

    @Autowired
    TaskService taskService;

    private record Sent(AnalysisFixture.Stage2 stage, AnalysisReport report, Proposal proposal) {
    }

    private Sent sentForDecision() {
        AnalysisFixture.Stage2 stage = fixture.stage2();
        loginAs("fou");
        AnalysisReport draft = analysisService.startDraft(stage.cycle().id());
        Proposal proposal = proposalService.propose(draft.id(), stage.illHealth().id(), "Vanligaste hindret.");
        proposalService.savePlan(proposal.id(), new PlanDraft(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), List.of(),
                List.of(new ResponsibilityDraft("ALLA", "Tar fram en rutin"))));
        return new Sent(stage, analysisService.sendForDecision(draft.id()), proposal);
    }

    @Test
    void aSocialChiefCannotEditTheReportAndAContactCannotApprove() {
        AnalysisFixture.Stage2 stage = fixture.stage2();
        loginAs("fou");
        AnalysisReport draft = analysisService.startDraft(stage.cycle().id());
        Proposal proposal = proposalService.propose(draft.id(), stage.illHealth().id(), "Motivering.");
        loginAs("socialchef");
        assertThatThrownBy(() -> analysisService.saveTexts(draft.id(), "Ny inledning", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposalService.propose(draft.id(), stage.plans().id(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> analysisService.startDraft(stage.cycle().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(analysisService.versions(stage.cycle().id())).as("a draft is FoU's alone").isEmpty();
        assertThatThrownBy(() -> analysisService.report(draft.id())).isInstanceOf(AccessDeniedException.class);
        loginAs("ekero");
        assertThatThrownBy(() -> decisionService.approve(proposal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisionService.sendBack(proposal.id(), "Nej")).isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        assertThatThrownBy(() -> decisionService.approve(proposal.id())).as("FoU does not vote").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposalService.propose(draft.id(), stage.illHealth().id(), " "))
                .isInstanceOf(ValidationException.class).hasMessage("Skriv motiveringen till förslaget.");
    }

    @Test
    void aReportSentForDecisionIsFrozenAndANewDraftIsANewVersion() {
        Sent sent = sentForDecision();
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        analysisService.writePdf(sent.report().id(), before);
        assertThatThrownBy(() -> proposalService.withdrawProposal(sent.report().id(), sent.stage().illHealth().id()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> analysisService.saveTexts(sent.report().id(), "Ändrad", "Ändrad"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("skickad för beslut och kan inte ändras");
        assertThatThrownBy(() -> proposalService.propose(sent.report().id(), sent.stage().plans().id(), "x"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> proposalService.savePlan(sent.proposal().id(), new PlanDraft(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 1), List.of(), List.of(new ResponsibilityDraft("FOU", "x"))))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> analysisService.sendForDecision(sent.report().id())).isInstanceOf(ValidationException.class);
        AnalysisReport next = analysisService.startDraft(sent.stage().cycle().id());
        assertThat(next.versionNo()).isEqualTo(2);
        assertThat(next.proposals()).singleElement().satisfies(p -> {
            assertThat(p.motivation()).isEqualTo("Vanligaste hindret.");
            assertThat(p.plan().responsibilities()).hasSize(1);
        });
        // The frozen version is unchanged, its PDF byte for byte, even after the data behind it changed
        analysisService.saveTexts(next.id(), "Ny inledning", null);
        assertThat(analysisService.report(sent.report().id()).proposals().get(0).plan().endsOn()).isEqualTo(LocalDate.of(2028, 12, 31));
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        analysisService.writePdf(sent.report().id(), after);
        assertThat(after.toByteArray()).isEqualTo(before.toByteArray());
    }

    @Test
    void sendingBackWithACommentReturnsTheAreaToFouWithTheCommentVisible() {
        Sent sent = sentForDecision();
        loginAs("socialchef");
        assertThat(taskService.myTasks()).extracting(Task::messageKey).contains("task.decideImprovementAreas");
        assertThatThrownBy(() -> decisionService.sendBack(sent.proposal().id(), " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Skriv en kommentar");
        DecisionState state = decisionService.sendBack(sent.proposal().id(), "Tidsplanen är för kort för alla kommuner.");
        assertThat(state.decision().outcome()).isEqualTo(ProposalDecision.Outcome.SENT_BACK);
        assertThat(developmentAreaService.developmentArea(sent.stage().illHealth().id()).status())
                .isEqualTo(DevelopmentArea.Status.SELECTED);
        assertThatThrownBy(() -> decisionService.approve(sent.proposal().id())).isInstanceOf(ValidationException.class);

        loginAs("fou");
        DecisionState seen = decisionService.states(sent.stage().cycle().id()).get(0);
        assertThat(seen.decision().comment()).isEqualTo("Tidsplanen är för kort för alla kommuner.");
        assertThat(seen.decision().recordedBy()).isEqualTo("Sara Socialchef");
        assertThat(taskService.myTasks()).extracting(Task::messageKey, Task::argument)
                .contains(Tuple.tuple("task.reviseSentBack", "Ohälsa som försörjningshinder"));
        // FoU revises in a new version, which the chiefs then decide on
        AnalysisReport next = analysisService.startDraft(sent.stage().cycle().id());
        Proposal revised = next.proposals().get(0);
        proposalService.savePlan(revised.id(), new PlanDraft(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), List.of(),
                List.of(new ResponsibilityDraft("ALLA", "Tar fram en rutin"))));
        analysisService.sendForDecision(next.id());
        loginAs("socialchef");
        assertThat(decisionService.states(sent.stage().cycle().id())).singleElement().satisfies(s -> {
            assertThat(s.open()).isTrue();
            assertThat(s.proposal().plan().endsOn()).isEqualTo(LocalDate.of(2029, 12, 31));
        });
        assertThatThrownBy(() -> decisionService.approve(sent.proposal().id())).as("the old version is closed")
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fouRecordsTheGroupsDecisionFromAMeetingOfTheCycle() {
        Sent sent = sentForDecision();
        assertThatThrownBy(() -> decisionService.recordOnBehalf(sent.proposal().id(), ProposalDecision.Outcome.APPROVED, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Välj mötet");
        long otherCycleMeeting = meetingOfDemoCycle();
        assertThatThrownBy(() -> decisionService.recordOnBehalf(sent.proposal().id(), ProposalDecision.Outcome.APPROVED,
                otherCycleMeeting, null)).isInstanceOf(ValidationException.class).hasMessageContaining("annan cykel");
        long meetingId = meetingService.create(sent.stage().cycle().id(), new MeetingDraft(MeetingKind.DECISION_MEETING,
                "Socialchefsgruppen", LocalDateTime.of(2027, 2, 9, 9, 0), "Solna", null, false, List.of(), null)).id();
        loginAs("socialchef");
        assertThatThrownBy(() -> decisionService.recordOnBehalf(sent.proposal().id(), ProposalDecision.Outcome.APPROVED,
                meetingId, null)).isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        assertThatThrownBy(() -> decisionService.recordOnBehalf(sent.proposal().id(), ProposalDecision.Outcome.SENT_BACK,
                meetingId, "")).isInstanceOf(ValidationException.class).hasMessageContaining("Skriv en kommentar");
        DecisionState state = decisionService.recordOnBehalf(sent.proposal().id(), ProposalDecision.Outcome.APPROVED, meetingId,
                "Beslut vid mötet.");
        assertThat(state.decision().onBehalfOfGroup()).isTrue();
        assertThat(state.decision().meetingId()).isEqualTo(meetingId);
        assertThat(state.decision().recordedBy()).isEqualTo("Fredrik Uppföljare");
        assertThat(state.decision().decidedAt()).as("the group decided at the meeting").isEqualTo(LocalDateTime.of(2027, 2, 9, 9, 0));
        assertThat(developmentAreaService.developmentArea(sent.stage().illHealth().id()).status())
                .isEqualTo(DevelopmentArea.Status.APPROVED);
        assertThat(decisionService.improvementAreas(sent.stage().cycle().id())).singleElement()
                .satisfies(a -> assertThat(a.decision().onBehalfOfGroup()).isTrue());
        // Approved: a new version no longer carries the area, and an old draft cannot put it to the group again
        assertThat(analysisService.startDraft(sent.stage().cycle().id()).proposals()).isEmpty();
    }

    @Test
    void anAreaApprovedWhileANewDraftIsOpenIsNotPutToTheGroupAgain() {
        Sent sent = sentForDecision();
        AnalysisReport next = analysisService.startDraft(sent.stage().cycle().id());
        long meetingId = meetingService.create(sent.stage().cycle().id(), new MeetingDraft(MeetingKind.DECISION_MEETING,
                "Socialchefsgruppen", LocalDateTime.of(2027, 2, 9, 9, 0), "Solna", null, false, List.of(), null)).id();
        decisionService.recordOnBehalf(sent.proposal().id(), ProposalDecision.Outcome.APPROVED, meetingId, null);
        assertThatThrownBy(() -> analysisService.sendForDecision(next.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("redan beslutat");
    }

    @Test
    void simultaneousLastVotesStillReachTheQuorum() throws Exception {
        Sent sent = sentForDecision();
        List<String> chiefs = List.of("socialchef", "socialchef-ekero", "socialchef-jarfalla", "socialchef-solna",
                "socialchef-sollentuna");
        ExecutorService pool = Executors.newFixedThreadPool(chiefs.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<DecisionState>> votes = chiefs.stream().map(chief -> pool.submit(() -> {
                start.await();
                return SystemActor.callAs(fixture.user(chief), () -> decisionService.approve(sent.proposal().id()));
            })).toList();
            start.countDown();
            for (var vote : votes) {
                vote.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        loginAs("fou");
        DecisionState state = decisionService.states(sent.stage().cycle().id()).get(0);
        assertThat(state.approvals()).isEqualTo(5);
        assertThat(state.decision()).isNotNull();
        assertThat(state.decision().approved()).isTrue();
        assertThat(developmentAreaService.developmentArea(sent.stage().illHealth().id()).status())
                .isEqualTo(DevelopmentArea.Status.APPROVED);
    }

    @Test
    void aContactReadsTheReportOnlyOnceTheAnswersAndTheResultsArePublished() {
        Sent sent = sentForDecision();
        loginAs("ekero");
        assertThat(analysisService.versions(sent.stage().cycle().id())).isEmpty();
        assertThat(decisionService.states(sent.stage().cycle().id())).as("nor its proposals").isEmpty();
        assertThatThrownBy(() -> analysisService.writePdf(sent.report().id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> analysisService.writeCurrentPdf(sent.stage().cycle().id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("socialchef");
        assertThat(analysisService.versions(sent.stage().cycle().id())).extracting(AnalysisReport::id).containsExactly(sent.report().id());

        loginAs("fou");
        requestService.publishAnswers(sent.stage().request().id());
        // The report prints every municipality's results as well: still closed while the cycle's results are not out
        loginAs("ekero");
        assertThat(analysisService.versions(sent.stage().cycle().id())).isEmpty();
        assertThatThrownBy(() -> analysisService.writeCurrentPdf(sent.stage().cycle().id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        loginAs("fou");
        cycleServiceForPublishing.publishResults(sent.stage().cycle().id());
        loginAs("ekero");
        assertThat(analysisService.versions(sent.stage().cycle().id())).extracting(AnalysisReport::id).containsExactly(sent.report().id());
        assertThat(decisionService.states(sent.stage().cycle().id())).hasSize(1);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        analysisService.writeCurrentPdf(sent.stage().cycle().id(), pdf);
        assertThat(pdf.size()).isPositive();
    }

    private long meetingOfDemoCycle() {
        return SystemActor.call(() -> meetingService.meetingsOfCycle(testData.demoCycle().id()).get(0).id());
    }

    @Autowired
    MeetingService meetingService;

    @Autowired
    CycleService cycleServiceForPublishing;
}
