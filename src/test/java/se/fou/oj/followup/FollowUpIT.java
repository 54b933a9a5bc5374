package se.fou.oj.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.Plan;
import se.fou.oj.analysis.PlanDraft;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaDraft;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/** Stage 3: a decided improvement area is followed up, its indicators compared with the next year, its report printed. */
class FollowUpIT extends IntegrationTest {

    @Autowired
    FollowUpService followUpService;

    @Autowired
    DevelopmentAreaService developmentAreaService;

    @Autowired
    AnalysisReportService analysisService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    MeetingService meetingService;

    @Autowired
    SubmissionService submissionService;

    @Autowired
    RequestService requestService;

    @Autowired
    AnalysisFixture fixture;

    private DevelopmentArea decidedArea(Cycle cycle, List<String> codes) {
        return fixture.decidedArea(cycle, codes, List.of(new Plan.Milestone(LocalDate.of(2020, 6, 30), "Rutinen klar"),
                new Plan.Milestone(LocalDate.of(2030, 6, 30), "Slutuppföljning")));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void fouSetsUpAFollowUpTheMunicipalitiesAnswerAndTheReportIsPrinted() throws Exception {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> {
            resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            cycleService.publishResults(cycle.id());
        });
        DevelopmentArea area = decidedArea(cycle, List.of("EB13"));

        loginAs("ekero");
        assertThatThrownBy(() -> followUpService.create(area.id(), new FollowUpDraft("x", "y", null, List.of("q"),
                LocalDate.now(), null))).isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        assertThatThrownBy(() -> followUpService.create(area.id(), new FollowUpDraft(" ", "", null, List.of("q"),
                LocalDate.now(), null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Ge uppföljningen en rubrik.").hasMessageContaining("Skriv vad uppföljningen omfattar.");
        assertThatThrownBy(() -> followUpService.create(area.id(), new FollowUpDraft("Uppföljning 1", "Rutinen", null, List.of(),
                null, null))).isInstanceOf(ValidationException.class);
        assertThat(followUpService.followUps(area.id())).as("a refused follow-up leaves nothing behind").isEmpty();

        FollowUp followUp = followUpService.create(area.id(), new FollowUpDraft("Uppföljning 1", "Om rutinen används.",
                "Svara kort.", List.of("Vad har ni gjort?"), LocalDate.now().minusDays(1), null));
        var request = requestService.request(followUp.requestId());
        assertThat(request.developmentAreaId()).isEqualTo(area.id());
        assertThat(request.questions()).extracting(q -> q.text()).containsExactly("Vad har ni gjort?");
        followUpService.saveSection(followUp.id(), FollowUp.Section.SUMMARY, "Rutinen används i tre kommuner.");
        followUpService.saveSection(followUp.id(), FollowUp.Section.EQUALITY_AND_CHILD_RIGHTS, "Barnens situation belyses.");
        followUpService.saveSection(followUp.id(), FollowUp.Section.EQUALITY_AND_CHILD_RIGHTS, " ");
        assertThat(followUpService.followUp(followUp.id()).sections()).containsOnlyKeys(FollowUp.Section.SUMMARY);

        loginAs("ekero");
        assertThatThrownBy(() -> followUpService.saveSection(followUp.id(), FollowUp.Section.RESULTS, "x"))
                .isInstanceOf(AccessDeniedException.class);
        submissionService.submit(request.id(), "0125", 0, Map.of(request.questions().get(0).id(), "Ekerö har infört rutinen."));
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        followUpService.writePdf(area.id(), before);
        String unpublished = text(before.toByteArray());
        assertThat(unpublished).contains("Uppföljning: Samverkan kring ohälsa", "Förbättringsområdet", "Vanligaste hindret.",
                "2020-06-30 Rutinen klar Datum passerat", "2030-06-30 Slutuppföljning Kommande", "Alla kommuner Inför rutinen",
                "EB13", "37,5 %", "Det finns inga senare resultat", "Uppföljning 1", "Uppföljningen omfattar: Om rutinen används.",
                "Sammanfattning Rutinen används i tre kommuner.", "Kommunernas svar visas här när FoU har publicerat dem.")
                .doesNotContain("Ekerö har infört rutinen.", "Jämställdhets- och barnrättsperspektiv");

        loginAs("fou");
        requestService.publishAnswers(request.id());
        loginAs("socialchef");
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        followUpService.writePdf(area.id(), after);
        assertThat(text(after.toByteArray())).contains("1. Vad har ni gjort?", "Ekerö: Ekerö har infört rutinen.", "Järfälla: försenad");
    }

    @Test
    void fouMarksMilestonesOfTheDecidedPlanReached() throws Exception {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        DevelopmentArea area = decidedArea(cycle, List.of("EB13"));
        Plan.Milestone first = new Plan.Milestone(LocalDate.of(2020, 6, 30), "Rutinen klar");
        loginAs("ekero");
        assertThatThrownBy(() -> followUpService.markReached(area.id(), first, LocalDate.of(2020, 6, 1), null))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("fou");
        assertThatThrownBy(() -> followUpService.markReached(area.id(), new Plan.Milestone(LocalDate.of(2020, 6, 30), "Annat"),
                LocalDate.of(2020, 6, 1), null)).isInstanceOf(ValidationException.class).hasMessageContaining("beslutade planen");
        assertThatThrownBy(() -> followUpService.markReached(area.id(), first, LocalDate.now().plusDays(1), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("inte har kommit");
        List<MilestoneProgress> progress = followUpService.markReached(area.id(), first, LocalDate.of(2020, 6, 12), "Klart i alla kommuner.");
        assertThat(progress).extracting(p -> p.state(LocalDate.of(2026, 1, 1))).containsExactly(MilestoneProgress.State.REACHED,
                MilestoneProgress.State.AHEAD);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        followUpService.writePdf(area.id(), pdf);
        assertThat(text(pdf.toByteArray())).contains("Rutinen klar – Klart i alla kommuner. Uppnått 2020-06-12",
                "2030-06-30 Slutuppföljning Kommande");
        assertThat(followUpService.markReached(area.id(), first, null, null).get(0).reachedOn()).as("the mark taken back").isNull();
    }

    @Test
    void anAreaNotDecidedHasNoFollowUp() {
        loginAs("fou");
        long open = developmentAreaService.areasOfCycle(testData.demoCycle().id()).stream()
                .filter(a -> a.status() == DevelopmentArea.Status.SELECTED).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> followUpService.followUps(open)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followUpService.create(open, new FollowUpDraft("x", "y", null, List.of("q"), LocalDate.now(), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nextYearsResultsShowWhetherTheAreaMoved() {
        var years = testData.twoYears();
        DevelopmentArea area = decidedArea(years.earlier(), List.of("EB02", "EB13"));
        loginAs("fou");
        List<IndicatorMovement> movement = followUpService.movement(area.id());
        assertThat(movement).extracting(IndicatorMovement::code).containsExactly("EB02", "EB13");
        assertThat(movement).allSatisfy(m -> {
            assertThat(m.decidedYear()).isEqualTo(2017);
            assertThat(m.laterYear()).isEqualTo(2018);
        });
        // 2017 → 2018: EB02 87,5 % → 75 %, EB13 25 % → 37,5 % (the fixture's changed answers), exactly
        assertThat(movement.get(0).decided().average().display()).isEqualTo("87,5 %");
        assertThat(movement.get(0).later().average().display()).isEqualTo("75 %");
        assertThat(movement.get(0).later().change().displayPercentagePoints()).isEqualTo("−12,5 pe");
        assertThat(movement.get(1).later().change().displayPercentagePoints()).isEqualTo("+12,5 pe");
        assertThat(movement.get(1).change()).isEqualTo("+12,5 pe ↑");
    }

    @Autowired
    ResultsService resultsService;

    @Autowired
    CycleService cycleService;
}
