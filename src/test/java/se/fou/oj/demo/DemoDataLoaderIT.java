package se.fou.oj.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

/**
 * A restart runs the demo loader again on a database that already has data: it must neither add a second copy of
 * the demo nor wipe what was entered since.
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
    DevelopmentAreaService developmentAreaService;

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
                    "demo requests", submissionService.requests(demo.id()).size(),
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
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().matches("losenord-omstart",
                userDetailsService.loadUserByUsername(username).getPassword())).isTrue();
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().matches(DemoDataLoader.DEMO_PASSWORD,
                userDetailsService.loadUserByUsername("ekero").getPassword())).isTrue();
    }
}
