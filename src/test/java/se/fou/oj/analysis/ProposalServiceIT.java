package se.fou.oj.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.analysis.PlanDraft.ResponsibilityDraft;

/**
 * What the decision module reaches through the proposals' API: the lock before a vote, for those who decide only; the
 * decided proposals, never a draft's; and the names the repository no longer joins (area title, municipality).
 */
class ProposalServiceIT extends IntegrationTest {

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    AnalysisReportService reportService;

    @Autowired
    ProposalService proposalService;

    @Test
    void onlyThoseWhoDecideLockAProposalAndADraftsProposalIsNeverReadAsDecided() {
        AnalysisFixture.Stage2 stage = fixture.stage2();
        loginAs("fou");
        AnalysisReport draft = reportService.startDraft(stage.cycle().id());
        Proposal proposal = proposalService.propose(draft.id(), stage.illHealth().id(), "Vanligaste hindret.");
        proposalService.savePlan(proposal.id(), new PlanDraft(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), List.of(),
                List.of(new ResponsibilityDraft("0125", "Prövar rutinen först"))));
        Proposal named = proposalService.proposal(proposal.id());
        assertThat(named.areaTitle()).isEqualTo(stage.illHealth().title());
        assertThat(named.plan().responsibilities()).extracting(Plan.Responsibility::municipalityName).containsExactly("Ekerö");

        assertThat(proposalService.sentProposalIds(stage.cycle().id())).as("nothing sent yet").isEmpty();
        assertThat(proposalService.decidedProposals(List.of(proposal.id()))).as("a draft's proposal").isEmpty();

        reportService.sendForDecision(draft.id());
        loginAs("ekero");
        assertThatThrownBy(() -> proposalService.lockForVote(proposal.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(proposalService.sentProposalIds(stage.cycle().id())).containsExactly(proposal.id());
        assertThat(proposalService.decidedProposals(List.of(proposal.id()))).extracting(Proposal::areaTitle)
                .containsExactly(stage.illHealth().title());

        loginAs("socialchef");
        assertThat(proposalService.lockForVote(proposal.id()).motivation()).isEqualTo("Vanligaste hindret.");
    }
}
