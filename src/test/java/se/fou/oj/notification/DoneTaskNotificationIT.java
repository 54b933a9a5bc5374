package se.fou.oj.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.ProposalService;
import se.fou.oj.analysis.PlanDraft;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.decision.DecisionService;

/** A notification whose task is done says so and counts as read, instead of still asking for it. */
class DoneTaskNotificationIT extends IntegrationTest {

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    AnalysisReportService analysisService;

    @Autowired
    ProposalService proposalService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    NotificationService notificationService;

    private List<Notification> about(String link) {
        return notificationService.myNotifications(50).stream().filter(n -> link.equals(n.link())).toList();
    }

    @Test
    void aSocialChiefsRequestToDecideSaysDoneOnceSheHasTakenAStandOnEveryProposal() {
        AnalysisFixture.Stage2 stage = fixture.stage2();
        List<Proposal> proposals = SystemActor.call(() -> {
            AnalysisReport draft = analysisService.startDraft(stage.cycle().id());
            Proposal first = proposalService.propose(draft.id(), stage.illHealth().id(), "Vanligaste hindret.");
            Proposal second = proposalService.propose(draft.id(), stage.plans().id(), "Görs sällan tillsammans.");
            for (Proposal p : List.of(first, second)) {
                proposalService.savePlan(p.id(), new PlanDraft(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), List.of(),
                        List.of(new PlanDraft.ResponsibilityDraft("ALLA", "Inför rutinen"))));
            }
            analysisService.sendForDecision(draft.id());
            return List.of(first, second);
        });
        String link = "cycles/" + stage.cycle().id() + "/analysis";
        loginAs("socialchef");
        assertThat(about(link)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.analysisForDecision");
            assertThat(n.read()).isFalse();
        });

        decisionService.approve(proposals.get(0).id());
        assertThat(about(link)).singleElement().satisfies(n ->
                assertThat(n.messageKey()).as("one proposal still waits for her").isEqualTo("notification.analysisForDecision"));
        decisionService.sendBack(proposals.get(1).id(), "Tidsplanen är för kort.");
        assertThat(about(link)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.analysisVoted");
            assertThat(n.read()).isTrue();
        });
        // Another member's request still asks for her decision
        loginAs("socialchef-ekero");
        assertThat(about(link)).extracting(Notification::messageKey).contains("notification.analysisForDecision");
    }
}
