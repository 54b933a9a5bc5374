package se.fou.oj.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.followup.FollowUpDraft;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.results.ResultsService;

/** FoU's tasks of steps 3 and stage 3: write the short analysis, prepare a follow-up as a milestone nears. */
class TaskServiceIT extends IntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    AnalysisReportService analysisService;

    @Autowired
    FollowUpService followUpService;

    private List<String> fouTasks(String key) {
        loginAs("fou");
        return taskService.myTasks().stream().filter(t -> t.messageKey().equals(key)).map(Task::argument).toList();
    }

    @Test
    void withSelectedAreasAndAPublishedCompilationTheShortAnalysisIsNext() {
        AnalysisFixture.Stage2 stage = fixture.stage2();
        SystemActor.run(() -> compilationService.publish(stage.cycle().id()));
        assertThat(fouTasks("task.writeAnalysis")).contains(stage.cycle().title());
        SystemActor.run(() -> analysisService.startDraft(stage.cycle().id()));
        assertThat(fouTasks("task.writeAnalysis")).doesNotContain(stage.cycle().title());
    }

    @Test
    void aMilestoneWithinAMonthAsksForItsFollowUpUntilOneIsSetUp() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        LocalDate soon = LocalDate.now().plusDays(10);
        DevelopmentArea near = fixture.decidedArea(cycle, List.of("EB13"), List.of(new Plan.Milestone(soon, "Första uppföljningen")));
        String expected = near.title() + " – Första uppföljningen";
        assertThat(fouTasks("task.prepareFollowUp")).contains(expected);
        assertThat(taskService.myTasks()).filteredOn(t -> t.argument().equals(expected)).extracting(Task::due).contains(soon);
        loginAs("ekero");
        assertThat(taskService.myTasks()).extracting(Task::messageKey).doesNotContain("task.prepareFollowUp");

        loginAs("fou");
        followUpService.create(near.id(), new FollowUpDraft("Uppföljning 1", "Rutinen.", null, List.of("Vad har ni gjort?"),
                soon.minusDays(3), null));
        assertThat(fouTasks("task.prepareFollowUp")).doesNotContain(expected);
    }

    @Autowired
    ResultsService resultsService;

    @Autowired
    CompilationService compilationService;
}
