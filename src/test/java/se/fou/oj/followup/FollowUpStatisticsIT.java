package se.fou.oj.followup;

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
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;

/** Follow-up requests carry statistics tables like any request, compared with the area's original request's table. */
class FollowUpStatisticsIT extends IntegrationTest {

    @Autowired
    FollowUpService followUpService;

    @Autowired
    RequestService requestService;

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    ResultsService resultsService;

    private DevelopmentArea decidedArea() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        return fixture.decidedArea(cycle, List.of("EB13"), List.of(new Plan.Milestone(LocalDate.of(2030, 6, 30), "Slut")));
    }

    @Test
    void aFollowUpsRequestCarriesTheStatisticsTableFoUWrote() {
        DevelopmentArea area = decidedArea();
        loginAs("fou");
        FollowUp followUp = followUpService.create(area.id(), new FollowUpDraft("Uppföljning 1", "Rutinen.", null,
                List.of("Vad har ni gjort?"), LocalDate.now().plusDays(10), null, "021 Sjukskriven\n022 Väntar",
                "Kön: Män, Kvinnor"));
        Request request = requestService.request(followUp.requestId());
        assertThat(request.statistics().rows()).containsExactly("021", "022");
        assertThat(request.statistics().breakdowns()).containsKeys("Totalt", "Kön");
        FollowUp plain = followUpService.create(area.id(), new FollowUpDraft("Uppföljning 2", "Rutinen.", null,
                List.of("Vad har ni gjort?"), LocalDate.now().plusDays(10), null));
        assertThat(requestService.request(plain.requestId()).statistics()).isNull();
    }
}
