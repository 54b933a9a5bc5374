package se.fou.oj.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.analysis.PlanDraft.ResponsibilityDraft;
import se.fou.oj.base.ValidationException;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.DecisionState;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeItemDraft;
import se.fou.oj.knowledge.KnowledgeService;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

/**
 * The whole stage-2 chain after the result meeting: answers in, knowledge attached, the report drafted, its PDF, sent
 * for decision, approvals from the social chiefs reaching the quorum, and the plan approved with the area.
 */
class AnalysisChainIT extends IntegrationTest {

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    AnalysisReportService analysisService;

    @Autowired
    ProposalService proposalService;

    @Autowired
    KnowledgeService knowledgeService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    DevelopmentAreaService developmentAreaService;

    @Autowired
    ResultsService resultsService;

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void fromTheAnswersToTheApprovedPlan() throws Exception {
        AnalysisFixture.Stage2 stage = fixture.stage2();
        loginAs("fou");
        KnowledgeItem item = knowledgeService.create(new KnowledgeItemDraft("Socialstyrelsen", 2016,
                "Statistik om ekonomiskt bistånd 2015", "Socialstyrelsen, Stockholm", "https://www.socialstyrelsen.se",
                "Ohälsa utan ersättning är ett av de vanligaste försörjningshindren."));
        knowledgeService.link(item.id(), stage.illHealth().id(), "Jämförelse med riket för orsakskoderna.");
        assertThat(knowledgeService.search("ekonomiskt 2016", 0, 10)).extracting(KnowledgeItem::id).contains(item.id());

        AnalysisReport draft = analysisService.startDraft(stage.cycle().id());
        assertThat(draft.versionNo()).isEqualTo(1);
        assertThat(analysisService.startDraft(stage.cycle().id()).id()).as("the open draft is reused").isEqualTo(draft.id());
        analysisService.saveTexts(draft.id(), draft.introduction(), "Kommunerna enades om att börja med ohälsan.");
        Proposal proposal = proposalService.propose(draft.id(), stage.illHealth().id(), "Vanligaste hindret i underlagen.");

        assertThatThrownBy(() -> analysisService.sendForDecision(draft.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("saknar start, slut eller ansvarsfördelning");
        proposalService.savePlan(proposal.id(), new PlanDraft(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31),
                List.of(new Plan.Milestone(LocalDate.of(2027, 9, 30), "Första uppföljningsmötet")),
                List.of(new ResponsibilityDraft(PlanDraft.ALL, "Tar fram en rutin för samverkan"),
                        new ResponsibilityDraft("0125", "Prövar rutinen först"),
                        new ResponsibilityDraft(PlanDraft.FOU, "Sammanställer uppföljningen"))));

        ByteArrayOutputStream preview = new ByteArrayOutputStream();
        analysisService.writePdf(draft.id(), preview);
        assertThat(text(preview.toByteArray())).contains("UTKAST");

        AnalysisReport sent = analysisService.sendForDecision(draft.id());
        assertThat(sent.frozen()).isTrue();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        analysisService.writePdf(sent.id(), pdf);
        String text = text(pdf.toByteArray());
        IndicatorRow eb13 = resultsService.results(stage.cycle().id()).allRows().stream()
                .filter(r -> r.code().equals("EB13")).findFirst().orElseThrow();
        // The linked indicator with its figures, as the results screen computes them (3 of 8 municipalities: 37,5 %)
        assertThat(eb13.average().display()).isEqualTo("37,5 %");
        assertThat(text).contains("Kort analys " + stage.cycle().title(), "Inledning", "Arbetsmodellen i korthet",
                "Ohälsa som försörjningshinder", "EB13", eb13.text(), "37,5 %",
                // the municipalities' answers and their shares of their column, computed from the counts as the report
                // computes them (Ekerö 021: 7 of 50 clients; 3 of 19 men)
                "Ekerö: Ekerös klienter med ohälsa saknar oftast ersättning.", "Järfälla: Järfälla ser många unga med ohälsa.",
                "Statistik från Ekerö", "7 (14 %)", "3 (16 %)", "Regionen (inskickade svar)",
                // the research and the references
                "Vad säger forskningen?", "Socialstyrelsen (2016): Ohälsa utan ersättning",
                "Socialstyrelsen (2016). Statistik om ekonomiskt bistånd 2015. Socialstyrelsen, Stockholm. https://www.socialstyrelsen.se",
                "Kommunerna enades om att börja med ohälsan.", "Vanligaste hindret i underlagen.",
                "Tidsplan: 2027-01-01 – 2028-12-31", "Alla kommuner", "Prövar rutinen först")
                .doesNotContain("UTKAST");
        assertThat(text).as("a development area that is not proposed is still reported").contains("Genomförandeplaner");

        // The social chiefs decide: the fifth municipality's approval is the quorum (a majority of eight)
        assertThat(decisionService.quorum()).isEqualTo(5);
        List<String> chiefs = List.of("socialchef", "socialchef-ekero", "socialchef-jarfalla", "socialchef-solna",
                "socialchef-sollentuna");
        for (int i = 0; i < chiefs.size(); i++) {
            loginAs(chiefs.get(i));
            DecisionState state = decisionService.approve(proposal.id());
            assertThat(state.approvals()).isEqualTo(i + 1);
            assertThat(state.open()).isEqualTo(i < chiefs.size() - 1);
            assertThat(developmentAreaService.developmentArea(stage.illHealth().id()).status())
                    .isEqualTo(i < chiefs.size() - 1 ? DevelopmentArea.Status.SELECTED : DevelopmentArea.Status.APPROVED);
        }
        assertThatThrownBy(() -> decisionService.approve(proposal.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("redan fattat");

        loginAs("ekero");
        List<ImprovementArea> decided = decisionService.improvementAreas(stage.cycle().id());
        assertThat(decided).singleElement().satisfies(area -> {
            assertThat(area.title()).isEqualTo("Ohälsa som försörjningshinder");
            assertThat(area.approvals()).extracting(v -> v.userName()).hasSize(5).contains("Sara Socialchef");
            assertThat(area.plan().responsibilities()).filteredOn(r -> r.concerns(fixture.user("ekero").municipalityId()))
                    .extracting(Plan.Responsibility::task).containsExactly("Tar fram en rutin för samverkan", "Prövar rutinen först");
        });
    }
}
