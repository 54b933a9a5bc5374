package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.Plan;
import se.fou.oj.analysis.PlanDraft;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.analysis.ProposalService;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaDraft;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;

/**
 * Each role's main work in the real browser, from the page a user starts on, with axe on every view passed. Each
 * journey works on a cycle of its own, set up through the services where an earlier role's work is needed.
 */
class JourneysIT extends BrowserTest {

    @Autowired
    ResultsService resultsService;
    @Autowired
    DevelopmentAreaService developmentAreaService;
    @Autowired
    RequestService requestService;
    @Autowired
    AnalysisReportService analysisService;

    @Autowired
    ProposalService proposalService;

    @Test
    void fouImportsResultsPublishesTheCompilationAndInvitesToAMeeting() throws IOException {
        Cycle cycle = testData.newCycle();
        Path file = Files.createTempFile("oj-", ".csv");
        Files.writeString(file, TestData.ojCsv(cycle.areaName()), StandardCharsets.UTF_8);
        logIn("fou");
        open("/cycles/" + cycle.id() + "/results", "results-view");
        axe("FoU: results before the import");

        click("open-import");
        WebElement upload = waitFor("import-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        waitForText("import-preview", "35 indikatorer i 11 tabeller");
        axe("FoU: import dialog with its preview");
        click("import-confirm");
        waitForText("result-grid-1", "75 %");
        assertThat(byId("results-summary").getText()).isEqualTo("35 indikatorer i 11 tabeller");
        axe("FoU: imported results");

        open("/cycles/" + cycle.id() + "/compilation", "compilation-view");
        waitFor("chart-overview");
        String preview = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href, {credentials: 'same-origin'}).then(r => r.arrayBuffer()"
                        + ".then(b => done(r.headers.get('content-type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))))",
                byId("preview-pdf"));
        assertThat(preview).startsWith("application/pdf").endsWith("%PDF-");
        axe("FoU: compilation draft");
        click("publish-compilation");
        confirmIfAsked();
        waitFor("compilation-versions");
        assertThat(notifications()).contains("version 1, är publicerad");
        axe("FoU: published compilation");

        open("/cycles/" + cycle.id() + "/meetings", "meetings-view");
        click("new-meeting");
        WebElement kind = waitFor("meeting-kind");
        kind.findElement(By.cssSelector("input")).sendKeys("Resultatmöte");
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        kind.findElement(By.cssSelector("input")).sendKeys(Keys.ENTER);
        settle();
        waitUpTo(10).until(d -> String.valueOf(byId("meeting-title").getDomProperty("value")).startsWith("Resultatmöte"));
        byId("meeting-place").findElement(By.cssSelector("input")).sendKeys("Sollentuna kommunhus");
        click("meeting-invite-all");
        axe("FoU: new meeting form");
        click("meeting-save");
        confirmIfAsked();
        waitFor("meeting-view");
        waitForText("meeting-view", "Sollentuna kommunhus");
        waitForText("invitees-grid", "Eva Kontaktperson");
        axe("FoU: the new meeting");
    }

    @Test
    void aContactAnswersWithTextAndStatisticsLeavesComesBackAndSubmits() {
        Request request = openRequest();
        logIn("ekero");
        open("/cycles/" + request.cycleId() + "/requests", "requests-view");
        axe("contact: requests");
        click("answer-request-" + request.id());
        waitFor("submission-view");
        axe("contact: her answer, empty");

        byId("answer-1").findElement(By.cssSelector("textarea")).sendKeys("Vi har många sjukskrivna utan ersättning.");
        WebElement firstCount = driver.findElement(By.cssSelector("#statistics vaadin-integer-field input"));
        firstCount.sendKeys("12", Keys.TAB);
        byId("statistics-explanation").findElement(By.cssSelector("textarea"))
                .sendKeys("Bara totalen är räknad hittills.", Keys.TAB);
        waitUpTo(20).until(d -> !byId("submission-saved").getText().isBlank());
        settle();

        open("/", "start-view");
        open("/cycles/" + request.cycleId() + "/requests", "requests-view");
        click("answer-request-" + request.id());
        waitFor("submission-view");
        assertThat(byId("answer-1").getAttribute("value")).isEqualTo("Vi har många sjukskrivna utan ersättning.");
        assertThat(driver.findElement(By.cssSelector("#statistics vaadin-integer-field")).getAttribute("value")).isEqualTo("12");
        assertThat(byId("submission-status").getText()).startsWith("Utkast");
        axe("contact: her saved draft");

        click("submit-answer");
        confirmIfAsked();
        waitForText("submission-status", "Inskickad");
        assertThat(notifications()).contains("Svaret är inskickat för Ekerö.");
        axe("contact: her submitted answer");
    }

    @Test
    void aSocialChiefApprovesOneProposalAndSendsAnotherBack() {
        Cycle cycle = testData.newCycle();
        List<Proposal> proposals = proposalsForDecision(cycle);
        long approved = proposals.get(0).id();
        long sentBack = proposals.get(1).id();
        logIn("socialchef-ekero");
        open("/cycles/" + cycle.id() + "/analysis", "decision-panel");
        axe("social chief: proposals to decide");

        click("approve-" + approved);
        confirmIfAsked();
        waitForText("votes-" + approved, "Elin Socialchef (Ekerö) godkände");
        axe("social chief: after approving");

        byId("send-back-comment-" + sentBack).findElement(By.cssSelector("input")).sendKeys("Målen behöver bli mätbara.");
        click("send-back-" + sentBack);
        confirmIfAsked();
        waitForText("decision-status-" + sentBack, "Skickat tillbaka till FoU");
        waitForText("decision-" + sentBack, "Målen behöver bli mätbara.");
        axe("social chief: after sending back");
    }

    /** An open request with questions and the cause-code table in a fresh cycle, due in two weeks. */
    private Request openRequest() {
        Cycle cycle = testData.newCycle();
        return SystemActor.call(() -> {
            resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            DevelopmentArea area = developmentAreaService.propose(cycle.id(), new DevelopmentAreaDraft(
                    "Ohälsa som försörjningshinder", "Få överenskommelser med primärvården.", null, List.of("EB13"), null));
            developmentAreaService.select(area.id());
            StatisticsTable table = StatisticsTable.causeCodes();
            return requestService.createRequest(cycle.id(), new RequestDraft("Ohälsa och försörjning", "Svara kort.",
                    List.of("Vad vet vi i vår kommun?", "Vad har vi för statistik?"), LocalDate.now().plusWeeks(2),
                    area.id(), table.rowsText(), table.breakdownsText()));
        });
    }

    /** Two selected areas, each proposed with a plan, sent for the social chiefs' decision. */
    private List<Proposal> proposalsForDecision(Cycle cycle) {
        return SystemActor.call(() -> {
            resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            AnalysisReport draft = analysisService.startDraft(cycle.id());
            List<Proposal> proposals = new ArrayList<>();
            for (String[] area : new String[][] {{"Samverkan kring ohälsa", "EB13"}, {"Genomförandeplaner", "EB27"}}) {
                DevelopmentArea selected = developmentAreaService.propose(cycle.id(), new DevelopmentAreaDraft(area[0],
                        "Behovet syns i resultaten.", null, List.of(area[1]), null));
                developmentAreaService.select(selected.id());
                Proposal proposal = proposalService.propose(draft.id(), selected.id(), "Vanligaste hindret.");
                proposalService.savePlan(proposal.id(), new PlanDraft(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31),
                        List.of(new Plan.Milestone(LocalDate.of(2027, 6, 30), "Rutinen klar")),
                        List.of(new PlanDraft.ResponsibilityDraft("ALLA", "Inför rutinen"))));
                proposals.add(proposal);
            }
            analysisService.sendForDecision(draft.id());
            return proposals;
        });
    }
}
