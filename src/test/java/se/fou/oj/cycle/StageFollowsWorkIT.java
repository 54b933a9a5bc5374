package se.fou.oj.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.followup.FollowUpDraft;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.results.ResultsService;

/** The cycle's stage follows the work: results put it in stage 2, a decided area and its follow-up in stage 3. */
class StageFollowsWorkIT extends IntegrationTest {

    @Autowired
    CycleService cycleService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    FollowUpService followUpService;

    private Stage stageOf(Cycle cycle) {
        return SystemActor.call(() -> cycleService.cycle(cycle.id()).stage());
    }

    @Test
    void resultsThenADecidedAreaThenAFollowUpMoveTheCycleOnToStageThree() {
        Cycle cycle = testData.newCycle();
        assertThat(stageOf(cycle)).isEqualTo(Stage.QUALITY_ASSURANCE);
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        assertThat(stageOf(cycle)).isEqualTo(Stage.RESULTS_WORK);

        DevelopmentArea area = fixture.decidedArea(cycle, List.of("EB13"),
                List.of(new Plan.Milestone(LocalDate.now().plusMonths(6), "Första uppföljningen")));
        assertThat(stageOf(cycle)).isEqualTo(Stage.FOLLOW_UP);
        SystemActor.run(() -> followUpService.create(area.id(), new FollowUpDraft("Uppföljning 1", "Rutinen.", null,
                List.of("Vad har ni gjort?"), LocalDate.now().plusDays(20), null)));
        assertThat(stageOf(cycle)).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void theWorkNeverMovesAStageBackNorReopensAClosedCycle() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> cycleService.changeStage(cycle.id(), Stage.CLOSED));
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        assertThat(stageOf(cycle)).isEqualTo(Stage.CLOSED);

        // FoU may still set a stage by hand, also backwards
        SystemActor.run(() -> cycleService.changeStage(cycle.id(), Stage.QUALITY_ASSURANCE));
        assertThat(stageOf(cycle)).isEqualTo(Stage.QUALITY_ASSURANCE);
        fixture.decidedArea(cycle, List.of("EB13"), List.of(new Plan.Milestone(LocalDate.now().plusMonths(6), "Milstolpe")));
        assertThat(stageOf(cycle)).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void theDemoCycleWithDecidedAndFollowedUpAreasIsInStageThree() {
        assertThat(testData.demoCycle().stage()).isEqualTo(Stage.FOLLOW_UP);
    }
}
