package se.fou.oj.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Stage;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.Percent;

/** The region at a glance with fixed data: every part, its links, who is late, and a contact's own municipality first. */
class OverviewServiceIT extends IntegrationTest {

    @Autowired
    OverviewService service;




    @Autowired
    FollowUpService followUpService;

    @Autowired
    RegionService regionService;


    @Autowired
    OverviewFixtures fixtures;

    private OverviewFixture data() {
        return fixtures.create();
    }

    private static Overview.RequestRow request(Overview overview, long id) {
        return overview.openRequests().stream().filter(r -> r.requestId() == id).findFirst().orElseThrow();
    }

    private static Overview.AreaRow area(Overview overview, long id) {
        return overview.improvementAreas().stream().filter(a -> a.developmentAreaId() == id).findFirst().orElseThrow();
    }

    @Test
    void fouSeesEveryPartWithItsLinksAndWhoIsLate() {
        OverviewFixture data = data();
        long cycleId = data.stage2().cycle().id();
        loginAs("fou");
        Overview overview = service.overview();

        assertThat(overview.today()).isEqualTo(LocalDate.now(clock));
        assertThat(overview.ownMunicipalityName()).isNull();
        assertThat(overview.cycles()).filteredOn(c -> c.cycleId() == cycleId).singleElement()
                .satisfies(c -> {
                    assertThat(c.stage()).isEqualTo(Stage.FOLLOW_UP);
                    assertThat(c.link()).isEqualTo("cycles/" + cycleId + "/results");
                });

        Overview.RequestRow request = request(overview, data.stage2().request().id());
        List<String> others = regionService.activeMunicipalities().stream().map(Municipality::name)
                .filter(n -> !n.equals("Ekerö") && !n.equals("Järfälla")).toList();
        assertThat(request.late()).containsExactlyInAnyOrderElementsOf(others).contains("Solna", "Sigtuna");
        assertThat(request.submitted()).isEqualTo(2);
        assertThat(request.municipalities()).isEqualTo(others.size() + 2);
        assertThat(request.deadline()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(request.link()).isEqualTo("cycles/" + cycleId + "/requests");
        // The follow-up's own request is open too, and nobody is late with it yet
        assertThat(request(overview, data.followUp().requestId()).late()).isEmpty();

        Overview.AreaRow area = area(overview, data.area().id());
        assertThat(area.title()).isEqualTo("Samverkan kring ohälsa");
        assertThat(area.nextMilestone()).isEqualTo(new Overview.Milestone(LocalDate.of(2020, 6, 30), "Rutinen klar", true));
        assertThat(area.nextFollowUp()).isEqualTo(new Overview.NextFollowUp(data.followUp().id(), "Uppföljning 1",
                data.followUpMeeting().startsAt().toLocalDate(), true, "improvement-areas/" + data.area().id() + "/follow-up"));
        assertThat(area.link()).isEqualTo("improvement-areas/" + data.area().id() + "/follow-up");
        assertThat(area.actionPlanLink()).isEqualTo("improvement-areas/" + data.area().id() + "/action-plans");

        assertThat(overview.overdueActions()).filteredOn(a -> a.link().equals("meetings/" + data.followUpMeeting().id()))
                .extracting(Overview.ActionRow::what, Overview.ActionRow::owner, Overview.ActionRow::context)
                .containsExactly(
                        tuple(OverviewFixture.SOLNA_ACTION, "Solna", "Uppföljningsmöte om ohälsa"),
                        tuple(OverviewFixture.EKERO_ACTION, "Ekerö", "Uppföljningsmöte om ohälsa"));
        assertThat(overview.overdueActions()).allMatch(a -> a.due().isBefore(overview.today()));
        assertThat(overview.nextMeetings()).extracting(Overview.MeetingRow::meetingId)
                .contains(data.followUpMeeting().id(), data.fouMeeting().id());
        assertThat(overview.nextMeetings()).allMatch(m -> !m.startsAt().toLocalDate().isBefore(overview.today()));

        // A milestone marked reached is no longer the next one
        SystemActor.run(() -> followUpService.markReached(data.area().id(), new Plan.Milestone(LocalDate.of(2020, 6, 30),
                "Rutinen klar"), LocalDate.of(2020, 6, 1), null));
        assertThat(area(service.overview(), data.area().id()).nextMilestone())
                .isEqualTo(new Overview.Milestone(LocalDate.of(2030, 6, 30), "Slutuppföljning", false));
    }

    @Test
    void aContactSeesHerOwnMunicipalityFirstAndOnlyHerOwnLateness() {
        OverviewFixture data = data();
        loginAs("solna");
        Overview overview = service.overview();
        assertThat(overview.ownMunicipalityName()).isEqualTo("Solna");
        Overview.RequestRow request = request(overview, data.stage2().request().id());
        assertThat(request.late()).containsExactly("Solna");
        assertThat(request.ownLate()).isTrue();
        assertThat(request.submitted()).as("another municipality's status is not hers to see").isNull();
        // The requests Solna is late with come first, then the others by deadline
        List<Boolean> ownLate = overview.openRequests().stream().map(Overview.RequestRow::ownLate).toList();
        assertThat(ownLate.indexOf(false) < 0 || !ownLate.subList(ownLate.indexOf(false), ownLate.size()).contains(true))
                .isTrue();
        // Her municipality's action items first
        List<Boolean> own = overview.overdueActions().stream().map(Overview.ActionRow::own).toList();
        assertThat(own.get(0)).isTrue();
        assertThat(own.subList(own.indexOf(false), own.size())).doesNotContain(true);
        assertThat(overview.overdueActions()).extracting(Overview.ActionRow::what)
                .contains(OverviewFixture.SOLNA_ACTION, OverviewFixture.EKERO_ACTION);
        // The meeting every contact is invited to, not FoU's own
        assertThat(overview.nextMeetings()).extracting(Overview.MeetingRow::meetingId)
                .contains(data.followUpMeeting().id()).doesNotContain(data.fouMeeting().id());

        loginAs("ekero");
        Overview ekero = service.overview();
        assertThat(request(ekero, data.stage2().request().id()).late()).as("Ekerö submitted in time").isEmpty();
        assertThat(ekero.overdueActions().get(0).own()).isTrue();
    }

    @Test
    void eachMunicipalitysActionPlanProgressAndTheRegionsAsCountedByHandWithOverduePlanActivities() throws Exception {
        OverviewFixture data = fixtures.createWithActionPlans();
        loginAs("fou");
        int municipalities = regionService.activeMunicipalities().size();
        Overview overview = service.overview();
        Overview.AreaRow area = area(overview, data.area().id());
        assertThat(area.progress()).hasSize(municipalities);
        assertThat(area.progress()).filteredOn(p -> p.municipalityName().equals("Ekerö")).singleElement()
                .satisfies(p -> {
                    assertThat(List.of(p.done(), p.counted(), p.overdue())).containsExactly(1, 2, 1);
                    assertThat(p.shareText()).isEqualTo("50 %");
                });
        assertThat(area.progress()).filteredOn(p -> p.municipalityName().equals("Solna")).singleElement()
                .satisfies(p -> {
                    assertThat(List.of(p.done(), p.counted(), p.overdue())).as("the dropped one not counted")
                            .containsExactly(0, 1, 0);
                    assertThat(p.shareText()).isEqualTo("0 %");
                });
        // Each municipality counted once: (50 + 0 + … + 0) ÷ the number of municipalities, one decimal
        assertThat(area.regionShare()).isEqualTo(Percent.display(new BigDecimal(50)
                .divide(BigDecimal.valueOf(municipalities), 1, RoundingMode.HALF_UP)));
        if (municipalities == 8) {
            assertThat(area.regionShare()).isEqualTo("6,3 %");
        }
        String plansLink = "improvement-areas/" + data.area().id() + "/action-plans";
        assertThat(overview.overdueActions()).filteredOn(a -> a.link().equals(plansLink))
                .singleElement().satisfies(a -> {
                    assertThat(a.source()).isEqualTo("PLAN");
                    assertThat(a.what()).isEqualTo(OverviewFixture.EKERO_OVERDUE);
                    assertThat(a.owner()).isEqualTo("Eva Exempel, Ekerö");
                    assertThat(a.context()).isEqualTo("Samverkan kring ohälsa");
                    assertThat(a.due()).isEqualTo(LocalDate.now(clock).minusDays(2));
                });
        assertThat(overview.overdueActions()).extracting(Overview.ActionRow::what).doesNotContain("Skriv en egen mall");

        loginAs("solna");
        assertThat(area(service.overview(), data.area().id()).progress().get(0).municipalityName()).isEqualTo("Solna");
        loginAs("ekero");
        Overview ekero = service.overview();
        assertThat(area(ekero, data.area().id()).progress().get(0).municipalityName()).isEqualTo("Ekerö");
        assertThat(ekero.overdueActions().get(0).own()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writePdf(out);
        assertThat(text(out.toByteArray())).contains("Ekerö: 1 av 2 klara – 50 %, en försenad", "Solna: 0 av 1 klara – 0 %",
                "Regionen: " + area.regionShare(), OverviewFixture.EKERO_OVERDUE, "Handlingsplan: Samverkan kring ohälsa");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theOverviewIsReadInAFixedNumberOfQueries() {
        fixtures.createWithActionPlans();
        loginAs("fou");
        int before = queryCounter.count(() -> service.overview()).statements();
        fixtures.createWithActionPlans();
        loginAs("fou");
        assertThat(queryCounter.count(() -> service.overview()).statements())
                .as("another cycle with its request, area, follow-up, meetings and action items").isEqualTo(before);
    }

    @Test
    void theOverviewAsPdfSaysWhatTheScreenSays() throws Exception {
        OverviewFixture data = data();
        loginAs("socialchef");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writePdf(out);
        String text;
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Översikt FoU Nordväst " + LocalDate.now(clock));
        }
        assertThat(text).contains("Översikt FoU Nordväst " + LocalDate.now(clock), "Det som rör Sigtuna står först.",
                "Cykler och var de står", data.stage2().cycle().areaName(), "Led 3: Uppföljning",
                "Öppna förfrågningar", "Ohälsa och försörjning", "2 av ", "Solna",
                "Beslutade förbättringsområden", "Samverkan kring ohälsa", "2020-06-30 Rutinen klar (datum passerat)",
                "Uppföljning 1: möte " + data.followUpMeeting().startsAt().toLocalDate(),
                "Försenade åtgärder", OverviewFixture.SOLNA_ACTION, "Möte: Uppföljningsmöte om ohälsa",
                "Kommande möten", "Uppföljningsmöte om ohälsa", "Uppföljningsmöte");
    }

    @Test
    void nobodyWithoutALoginReadsTheOverview() {
        assertThatThrownBy(() -> service.overview()).isInstanceOf(RuntimeException.class);
    }
}
