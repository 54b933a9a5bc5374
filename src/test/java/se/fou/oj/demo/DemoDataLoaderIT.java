package se.fou.oj.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import se.fou.oj.IntegrationTest;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.ActivityStatus;
import se.fou.oj.actionplan.Note;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.Stage;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.FollowUpStatistics;
import se.fou.oj.followup.StatisticsComparison;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.start.Task;
import se.fou.oj.start.TaskService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

/**
 * A restart runs the demo loader again on a database that already has data: it must neither add a second copy of
 * the demo nor wipe what was entered since. And the demo tells a true story: the 2018 cycle's work is dated in
 * 2018–2020, not on the day the demo was loaded, and the contacts have an open request ahead of them.
 */
class DemoDataLoaderIT extends IntegrationTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    RegionService regionService;

    @Autowired
    UserService userService;

    @Autowired
    CycleService cycleService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    MeetingService meetingService;

    @Autowired
    SubmissionService submissionService;

    @Autowired
    RequestService requestService;

    @Autowired
    DevelopmentAreaService developmentAreaService;

    @Autowired
    CompilationService compilationService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    TaskService taskService;

    @Autowired
    FollowUpService followUpService;

    @Autowired
    ActionPlanService actionPlanService;

    @Autowired
    FollowUpStatistics followUpStatistics;

    private static boolean inStory(LocalDateTime stamp) {
        return stamp != null && stamp.getYear() >= 2018 && stamp.getYear() <= 2020;
    }

    /** What the demo holds, counted through the services. */
    private Map<String, Object> counts() {
        return SystemActor.call(() -> {
            Cycle demo = testData.demoCycle();
            return Map.of(
                    "municipalities", regionService.municipalities().size(),
                    "areas", regionService.areas().size(),
                    "users", userService.users().size(),
                    "cycles", cycleService.cycles().size(),
                    "demo indicators", resultsService.results(demo.id()).allRows().size(),
                    "demo meetings", meetingService.meetingsOfCycle(demo.id()).size(),
                    "demo requests", requestService.requests(demo.id()).size(),
                    "demo development areas", developmentAreaService.areasOfCycle(demo.id()).size(),
                    "demo stage", demo.stage());
        });
    }

    @Test
    void runningTheLoaderAgainNeitherDuplicatesNorWipesData() throws Exception {
        String username = "efter.omstart" + System.nanoTime() % 1_000_000;
        long ekero = SystemActor.call(() -> regionService.municipalityByCode("0125").orElseThrow().id());
        UserAccount created = SystemActor.call(() -> userService.createUser(new UserDraft(username, "Efter Omstart",
                null, Role.MUNICIPAL_CONTACT, ekero, true, "losenord-omstart")));
        Map<String, Object> before = counts();
        assertThat((Integer) before.get("municipalities")).isGreaterThanOrEqualTo(8);
        assertThat((Integer) before.get("demo indicators")).isPositive();

        loader.run(new DefaultApplicationArguments());
        loader.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(before);
        List<UserAccount> users = SystemActor.call(() -> userService.users());
        assertThat(users).filteredOn(u -> u.username().equals(username)).singleElement()
                .satisfies(u -> assertThat(u.id()).isEqualTo(created.id()));
        assertThat(users).filteredOn(u -> u.username().equals("fou")).hasSize(1);
        // The demo users still log in with their password, and the one created since with its own
        assertThat(userDetailsService.loadUserByUsername("ekero").getPassword()).startsWith("$2");
        assertThat(new BCryptPasswordEncoder().matches("losenord-omstart",
                userDetailsService.loadUserByUsername(username).getPassword())).isTrue();
        assertThat(new BCryptPasswordEncoder().matches(DemoDataLoader.DEMO_PASSWORD,
                userDetailsService.loadUserByUsername("ekero").getPassword())).isTrue();
    }

    @Test
    void theTwentyEighteenCycleIsDatedIn2018To2020NotOnTheDayItWasLoaded() throws Exception {
        loginAs("fou");
        Cycle demo = testData.demoCycle();
        assertThat(demo.resultsPublishedAt()).satisfies(t -> assertThat(inStory(t)).as("results published %s", t).isTrue());
        assertThat(compilationService.versions(demo.id())).isNotEmpty()
                .allSatisfy(v -> assertThat(v.publishedAt()).isEqualTo(LocalDateTime.of(2018, 3, 6, 9, 0)));

        Request request = requestService.requests(demo.id()).get(0);
        Submission ekero = submissionService.submission(request.id(), "0125");
        assertThat(ekero.submittedAt()).isEqualTo(LocalDateTime.of(2018, 4, 6, 11, 5));
        assertThat(ekero.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(submissionService.submission(request.id(), "0123").status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(submissionService.submission(request.id(), "0184").status()).isEqualTo(Submission.Status.SUBMITTED_LATE);
        for (Request any : requestService.requests(demo.id())) {
            requestService.matrix(any.id()).stream().filter(Submission::submitted)
                    .forEach(s -> assertThat(inStory(s.submittedAt())).as("%s %s", any.title(), s.municipalityName()).isTrue());
        }

        for (Meeting meeting : meetingService.meetingsOfCycle(demo.id())) {
            meeting.reviewers().forEach(r -> assertThat(inStory(r.approvedAt())).as(meeting.title() + " " + r.name()).isTrue());
            meeting.approvedVersions().forEach(v -> assertThat(inStory(v.approvedAt())).as(meeting.title()).isTrue());
            meeting.actionItems().forEach(a -> assertThat(inStory(a.doneAt())).as(a.text()).isTrue());
        }
        Meeting result = meetingService.meetingsOfCycle(demo.id()).stream()
                .filter(m -> m.kind() == MeetingKind.RESULT_MEETING).findFirst().orElseThrow();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        minutesService.writeMinutesPdf(result.id(), pdf);
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            // The approved minutes carry the reviewers' dates of 2018, not the load date
            assertThat(new PDFTextStripper().getText(document)).contains("2018-03-19")
                    .doesNotContain(LocalDate.now().toString());
        }

        decisionService.states(demo.id()).forEach(state -> {
            state.votes().forEach(v -> assertThat(inStory(v.votedAt())).as(v.userName()).isTrue());
            if (state.decision() != null) {
                assertThat(inStory(state.decision().decidedAt())).isTrue();
            }
        });
    }

    /**
     * The surveys of 2019 and 2020 were imported and published on their days, and the region's figures tell the
     * story of the generator: agreements with primary care 37,5 % → 50 % → 62,5 %, with adult psychiatry down.
     */
    @Test
    void theLaterYearsArePublishedWithTheTrendOfTheImprovementAreas() {
        loginAs("fou");
        Map<Integer, Cycle> byYear = new java.util.TreeMap<>();
        cycleService.cycles().stream().filter(c -> c.areaName().equals("Ekonomiskt bistånd"))
                .forEach(c -> byYear.put(c.year(), c));
        assertThat(byYear).containsKeys(2018, 2019, 2020);
        Map<Integer, String> primaryCare = new java.util.TreeMap<>();
        Map<Integer, String> adultPsychiatry = new java.util.TreeMap<>();
        for (int year : List.of(2018, 2019, 2020)) {
            Cycle cycle = byYear.get(year);
            var results = resultsService.results(cycle.id());
            assertThat(results.allRows()).as("%d", year).hasSize(35);
            primaryCare.put(year, results.byCode().get("EB13").average().display());
            adultPsychiatry.put(year, results.byCode().get("EB14").average().display());
            if (year > 2018) {
                assertThat(cycle.stage()).as("%d", year).isEqualTo(Stage.RESULTS_WORK);
                assertThat(cycle.resultsPublishedAt()).isEqualTo(LocalDateTime.of(year, 3, 5, 9, 0));
                assertThat(compilationService.versions(cycle.id())).singleElement()
                        .satisfies(v -> assertThat(v.publishedAt()).isEqualTo(LocalDateTime.of(year, 3, 5, 9, 0)));
                // Each year is compared with the year before
                assertThat(results.byCode().get("EB13").change()).as("%d", year).isNotNull();
            }
        }
        assertThat(primaryCare).containsExactly(Map.entry(2018, "37,5 %"), Map.entry(2019, "50 %"), Map.entry(2020, "62,5 %"));
        assertThat(adultPsychiatry).containsExactly(Map.entry(2018, "62,5 %"), Map.entry(2019, "50 %"), Map.entry(2020, "50 %"));
        // ... and the decided area's trend says so in words, over the three years with 2018 the decision's year
        var trend = followUpService.trend(developmentAreaService.areasOfCycle(testData.demoCycle().id()).get(0).id());
        assertThat(trend.years()).containsExactly(2018, 2019, 2020);
        assertThat(trend.decidedYear()).isEqualTo(2018);
        assertThat(trend.indicators()).filteredOn(i -> i.code().equals("EB13")).singleElement()
                .satisfies(i -> assertThat(i.sentenceText()).contains("37,5 % (2018)", "62,5 % (2020)"));
    }

    /**
     * The second follow-up of the first area (autumn 2020): its request carries the cause-code table of the area's
     * original request, Ekerö, Järfälla and Solna submitted figures that add up, the others never answered, and FoU
     * published the answers after the deadline.
     */
    @Test
    void theSecondFollowUpHasStatisticsFromThreeMunicipalities() {
        loginAs("fou");
        Cycle demo = testData.demoCycle();
        long areaId = developmentAreaService.areasOfCycle(demo.id()).get(0).id();
        var followUp = followUpService.followUps(areaId).stream()
                .filter(f -> f.title().equals(DemoSecondFollowUp.TITLE)).findFirst().orElseThrow();
        Request request = requestService.request(followUp.requestId());
        Request original = requestService.requests(demo.id()).get(0);
        assertThat(original.developmentAreaId()).isEqualTo(areaId);
        assertThat(request.statistics()).isNotNull().isEqualTo(original.statistics());
        assertThat(request.answersPublishedAt()).isEqualTo(LocalDateTime.of(2020, 11, 20, 13, 0));
        List<Submission> answers = requestService.compiled(request.id()).submissions();
        assertThat(answers).filteredOn(Submission::submitted).extracting(Submission::municipalityName)
                .containsExactlyInAnyOrder("Ekerö", "Järfälla", "Solna");
        for (Submission answer : answers) {
            if (answer.submitted()) {
                assertThat(inStory(answer.submittedAt())).isTrue();
                assertThat(request.statistics().mismatches(answer.counts())).as(answer.municipalityName()).isEmpty();
                assertThat(answer.status()).as(answer.municipalityName()).isEqualTo(Submission.Status.SUBMITTED);
            }
        }
        assertThat(answers).filteredOn(a -> a.municipalityName().equals("Ekerö")).singleElement()
                .satisfies(a -> assertThat(a.counts()).containsEntry(new StatisticsTable.Cell("023", "Totalt", "Alla"), 14));
        // The follow-up shows every row beside 2018's: Ekerö's clients without compensation (023) down from 23 to 14,
        // Solna's figures without a 2018 counterpart
        StatisticsComparison comparison = followUpStatistics.comparison(followUp).orElseThrow();
        assertThat(comparison.comparable()).isTrue();
        assertThat(comparison.hasNotComparable()).isFalse();
        assertThat(comparison.lines()).filteredOn(l -> l.municipality().equals("Ekerö") && l.row().equals("023")).singleElement()
                .satisfies(l -> {
                    assertThat(l.pairs().get(0).original()).startsWith("23 (");
                    assertThat(l.pairs().get(0).followUp()).startsWith("14 (");
                });
        assertThat(comparison.lines()).filteredOn(l -> l.municipality().equals("Solna"))
                .allSatisfy(l -> assertThat(l.pairs().get(0).original()).isNull());
    }

    /**
     * The action plans of the two decided areas, kept from 2018 until this year: activities in every status, dated
     * notes, Järfälla's plan approved by its social chief, and the ill-health area's progress as by hand: Ekerö, Sigtuna,
     * Solna, Sundbyberg and Upplands-Bro 1 of 1, Järfälla 1 of 2, Sollentuna (paused) and Upplands Väsby 0 of 1, so
     * (5 + 0,5) / 8 = 68,75 % → 68,8 %; only Upplands Väsby's routine is overdue.
     */
    @Test
    void theDecidedAreasHaveActionPlansWithActivitiesInEveryStatus() {
        loginAs("fou");
        var areas = developmentAreaService.areasOfCycle(testData.demoCycle().id());
        long illHealth = areas.get(0).id();
        long carePlans = areas.get(1).id();
        List<ActionPlan> plans = new ArrayList<>(actionPlanService.plans(illHealth));
        plans.addAll(actionPlanService.plans(carePlans));
        // Other tests may add to the demo's plans; the demo's own activities are those of the decided plans
        List<Activity> activities = plans.stream().flatMap(p -> p.activities().stream()).filter(Activity::fromDecidedPlan).toList();
        assertThat(activities).hasSize(2 * (8 + 1) + 2);
        assertThat(activities).extracting(Activity::status).contains(ActivityStatus.values());
        assertThat(activities).allSatisfy(a -> assertThat(a.responsiblePerson()).as(a.municipalityName() + ": " + a.what()).isNotBlank());
        assertThat(activities).filteredOn(a -> a.status() == ActivityStatus.DROPPED)
                .allSatisfy(a -> assertThat(a.dropReason()).isNotBlank());
        assertThat(activities).flatExtracting(Activity::notes).extracting(Note::notedOn)
                .contains(LocalDate.of(2019, 3, 15), LocalDate.of(2020, 11, 20));
        assertThat(plans).filteredOn(p -> "Järfälla".equals(p.municipalityName()) && p.developmentAreaId() == illHealth)
                .singleElement().satisfies(p -> {
                    assertThat(p.approvedBy()).isEqualTo("Jonas Socialchef");
                    assertThat(p.changedSinceApproval()).isFalse();
                });
        assertThat(actionPlanService.progressOfAreas(List.of(illHealth)).get(illHealth).regionDisplay()).isEqualTo("68,8 %");
        assertThat(actionPlanService.overdueActivities(List.of(illHealth, carePlans))).filteredOn(Activity::fromDecidedPlan)
                .singleElement().satisfies(a -> {
                    assertThat(a.municipalityName()).isEqualTo("Upplands Väsby");
                    assertThat(a.what()).isEqualTo(DemoActionPlans.ILL_HEALTH_TASK);
                });
    }

    private static final List<String> DEMO_MEETINGS = List.of("Kvalitetssäkringsmöte – Ekonomiskt bistånd 2018",
            "Resultatmöte – Ekonomiskt bistånd 2018", "Analysmöte – Ekonomiskt bistånd 2018",
            "Socialchefsgruppen – beslut om förbättringsområden 2018", "Uppföljningsmöte 1 – ohälsa som försörjningshinder");

    @Test
    void invitedUsersAnsweredAsTheyAttended() {
        loginAs("fou");
        List<String> checked = new ArrayList<>();
        // Only the demo's own meetings: other tests of the shared database add meetings to the demo cycle
        List<Meeting> demoMeetings = meetingService.meetingsOfCycle(testData.demoCycle().id()).stream()
                .filter(m -> DEMO_MEETINGS.contains(m.title())).toList();
        assertThat(demoMeetings).hasSize(DEMO_MEETINGS.size());
        for (Meeting meeting : demoMeetings) {
            if (meeting.attendance().isEmpty()) {
                continue;
            }
            List<String> present = meeting.attendance().stream().filter(Meeting.Attendance::present)
                    .map(Meeting.Attendance::personName).toList();
            for (Meeting.Invitee invitee : meeting.invitees()) {
                assertThat(invitee.response()).as(meeting.title() + ": " + invitee.name())
                        .isEqualTo(present.contains(invitee.name()) ? Meeting.Response.YES : Meeting.Response.NO);
                checked.add(invitee.name());
            }
        }
        assertThat(checked).contains("Eva Kontaktperson", "Sofia Kontaktperson", "Sara Socialchef");
        // The meetings of 2018–2019 were held: none is left planned in the past, each has approved minutes
        assertThat(demoMeetings).allSatisfy(m -> {
            assertThat(m.status()).as(m.title()).isEqualTo(Meeting.Status.HELD);
            assertThat(m.minutesStatus()).as(m.title()).isEqualTo(Meeting.MinutesStatus.APPROVED);
        });
    }

    /**
     * No contact has an answer left open whose deadline passed years ago, and there is a request to answer with a
     * deadline ahead: what the contacts' start pages show.
     */
    @Test
    void contactsHaveAnOpenRequestAheadAndNothingOpenFromYearsAgo() {
        LocalDate today = LocalDate.now();
        List<String> open = new ArrayList<>();
        for (String contact : List.of("ekero", "jarfalla", "solna")) {
            var user = loginAs(contact);
            for (Cycle cycle : cycleService.cycles()) {
                for (Request request : requestService.requests(cycle.id())) {
                    Submission own = submissionService.submission(request.id(), user.municipalityCode());
                    if (own.editable()) {
                        assertThat(own.deadline()).as(contact + ": " + request.title()).isAfterOrEqualTo(today.minusDays(30));
                        if (own.deadline().isAfter(today)) {
                            open.add(contact + ": " + request.title());
                        }
                    }
                }
            }
        }
        assertThat(open).contains("ekero: " + DemoCurrentCycle.REQUEST_TITLE, "solna: " + DemoCurrentCycle.REQUEST_TITLE);
        loginAs("fou");
        Request current = cycleService.cycles().stream().flatMap(c -> requestService.requests(c.id()).stream())
                .filter(r -> r.title().equals(DemoCurrentCycle.REQUEST_TITLE)).findFirst().orElseThrow();
        assertThat(current.deadline()).isAfter(today.plusDays(14)).isBefore(today.plusDays(30));
        assertThat(submissionService.submission(current.id(), "0123").status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(submissionService.submission(current.id(), "0125").status()).isEqualTo(Submission.Status.DRAFT);
    }

    /** Each role's start page has work on it: the contacts a request to answer, the chief a decision, FoU its tasks. */
    @Test
    void everyRoleHasSomethingToDoOnTheStartPage() {
        for (String username : List.of("ekero", "solna")) {
            loginAs(username);
            assertThat(taskService.myTasks()).as(username).anySatisfy(t -> {
                assertThat(t.messageKey()).isEqualTo("task.answerRequest");
                assertThat(t.argument()).startsWith(DemoCurrentCycle.REQUEST_TITLE);
                assertThat(t.overdue()).isFalse();
            });
        }
        loginAs("socialchef");
        assertThat(taskService.myTasks()).extracting(Task::messageKey).contains("task.decideImprovementAreas");
        loginAs("fou");
        assertThat(taskService.myTasks()).isNotEmpty();
    }
}
