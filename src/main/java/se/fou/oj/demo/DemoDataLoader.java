package se.fou.oj.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.fou.oj.base.db.EmbeddedMariaDb;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.interpretation.InterpretationDraft;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

/**
 * Fills an empty database with the demo region so that a newcomer sees every feature with real content: the eight
 * north-west municipalities, the areas, Ekonomiskt bistånd 2018 with its published ÖJ results and its story until
 * this year's action plans, the 2019 and 2020 results after it ({@link DemoResultsGenerator}), one user per role.
 * Runs through the ordinary services (as the system user), so the demo obeys the same rules as real data.
 * On by default only with the embedded database ({@code app.demo}).
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Demo-only password of every demo user; README says so. */
    static final String DEMO_PASSWORD = "demo1234";

    static final Map<String, String> MUNICIPALITIES = Map.of(
            "0125", "Ekerö", "0123", "Järfälla", "0191", "Sigtuna", "0163", "Sollentuna",
            "0184", "Solna", "0183", "Sundbyberg", "0139", "Upplands-Bro", "0114", "Upplands Väsby");

    static final List<String> AREAS = List.of("Ekonomiskt bistånd", "Missbruk och beroende", "Barn och unga",
            "Socialpsykiatri", "Våld i nära relationer", "Äldreomsorg");

    static final String INTRODUCTION = "Öppna jämförelser (ÖJ) för ekonomiskt bistånd 2018 bygger på kommunernas svar på "
            + "Socialstyrelsens enkät. Den här sammanställningen visar hur kommunerna i FoU Nordväst har svarat, regionens "
            + "snitt och hur regionen står sig mot Stockholm och riket. Den skickas ut före resultatmötet så att varje "
            + "kommun kan läsa in sig och gärna redan föreslå utvecklingsområden.";

    private final Environment environment;
    private final Optional<EmbeddedMariaDb> embeddedDb;
    private final RegionService regionService;
    private final UserService userService;
    private final CycleService cycleService;
    private final ResultsService resultsService;
    private final CompilationService compilationService;
    private final InterpretationService interpretationService;
    private final DemoMeetings demoMeetings;
    private final DemoAnalysis demoAnalysis;
    private final DemoTimeline timeline;
    private final DemoCurrentCycle currentCycle;
    private final DemoLaterYears laterYears;
    private final DemoSecondFollowUp secondFollowUp;
    private final DemoActionPlans actionPlans;

    DemoDataLoader(Environment environment, Optional<EmbeddedMariaDb> embeddedDb, RegionService regionService,
                   UserService userService, CycleService cycleService, ResultsService resultsService,
                   CompilationService compilationService, InterpretationService interpretationService,
                   DemoMeetings demoMeetings, DemoAnalysis demoAnalysis, DemoTimeline timeline,
                   DemoCurrentCycle currentCycle, DemoLaterYears laterYears,
                   DemoSecondFollowUp secondFollowUp, DemoActionPlans actionPlans) {
        this.actionPlans = actionPlans;
        this.laterYears = laterYears;
        this.secondFollowUp = secondFollowUp;
        this.demoAnalysis = demoAnalysis;
        this.timeline = timeline;
        this.currentCycle = currentCycle;
        this.environment = environment;
        this.embeddedDb = embeddedDb;
        this.regionService = regionService;
        this.userService = userService;
        this.cycleService = cycleService;
        this.resultsService = resultsService;
        this.compilationService = compilationService;
        this.interpretationService = interpretationService;
        this.demoMeetings = demoMeetings;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = environment.getProperty("app.demo", Boolean.class, embeddedDb.isPresent());
        if (!enabled) {
            return;
        }
        SystemActor.run(() -> {
            if (!regionService.municipalities().isEmpty()) {
                return;
            }
            load();
        });
    }

    private void load() {
        long startedAt = System.nanoTime();
        MUNICIPALITIES.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> regionService.saveMunicipality(null, e.getKey(), e.getValue(), true));
        AREAS.forEach(name -> regionService.saveArea(null, name, true));
        Map<String, Long> municipalityIds = new HashMap<>();
        regionService.municipalities().forEach(m -> municipalityIds.put(m.name(), m.id()));

        user("admin", "Anna Administratör", "anna.admin@fou-nordvast.se", Role.ADMIN, null);
        user("fou", "Fredrik Uppföljare", "fredrik.uppfoljare@fou-nordvast.se", Role.FOU, null);
        user("ekero", "Eva Kontaktperson", "eva.kontakt@ekero.se", Role.MUNICIPAL_CONTACT, municipalityIds.get("Ekerö"));
        user("jarfalla", "Johan Kontaktperson", "johan.kontakt@jarfalla.se", Role.MUNICIPAL_CONTACT,
                municipalityIds.get("Järfälla"));
        user("solna", "Sofia Kontaktperson", "sofia.kontakt@solna.se", Role.MUNICIPAL_CONTACT, municipalityIds.get("Solna"));
        user("socialchef", "Sara Socialchef", "sara.socialchef@sigtuna.se", Role.SOCIAL_CHIEF,
                municipalityIds.get("Sigtuna"));
        // Four more members of the social chiefs' group, so that the demo decision can reach its quorum of five
        user("socialchef-ekero", "Elin Socialchef", "elin.socialchef@ekero.se", Role.SOCIAL_CHIEF, municipalityIds.get("Ekerö"));
        user("socialchef-jarfalla", "Jonas Socialchef", "jonas.socialchef@jarfalla.se", Role.SOCIAL_CHIEF,
                municipalityIds.get("Järfälla"));
        user("socialchef-solna", "Sanna Socialchef", "sanna.socialchef@solna.se", Role.SOCIAL_CHIEF, municipalityIds.get("Solna"));
        user("socialchef-sollentuna", "Sven Socialchef", "sven.socialchef@sollentuna.se", Role.SOCIAL_CHIEF,
                municipalityIds.get("Sollentuna"));

        Area economicAid = regionService.areas().stream().filter(a -> a.name().equals("Ekonomiskt bistånd"))
                .findFirst().orElseThrow();
        // The 2018 story, each step dated on its day (DemoTimeline): the cycle set up in January, quality assurance in
        // February, the results published a week before the result meeting in March
        Cycle cycle = timeline.at(LocalDateTime.of(2018, 1, 15, 10, 0), () -> cycleService.createCycle(economicAid.id(), 2018));
        long qualityMeeting = demoMeetings.qualityAssurance(cycle, municipalityIds).id();
        timeline.at(LocalDateTime.of(2018, 2, 15, 11, 0), () -> agreeDemoReadings(cycle, qualityMeeting));
        timeline.at(LocalDateTime.of(2018, 2, 26, 14, 0), () -> {
            resultsService.importResults(cycle.id(), "oj-2018-ekonomiskt-bistand.csv", demoCsv(), false);
            compilationService.saveTexts(cycle.id(), INTRODUCTION, null);
        });
        timeline.at(LocalDateTime.of(2018, 3, 6, 9, 0), () -> compilationService.publish(cycle.id()));
        demoMeetings.load(cycle, municipalityIds);
        demoAnalysis.load(cycle);
        // The surveys of 2019 and 2020, so that the decided areas' indicators have a trend (DemoResultsGenerator)
        laterYears.load(economicAid);
        // ... and the first area followed up again in the autumn of 2020, with statistics beside those of 2018
        secondFollowUp.load(cycle);
        // The municipalities' action plans of the two decided areas, kept from 2018 until this year
        actionPlans.load(cycle);
        currentCycle.load(municipalityIds);
        // No stage set by hand: the work done above (results, decided areas, a follow-up) has put the cycle in stage 3
        timeline.finish(LocalDateTime.of(2021, 1, 1, 0, 0));
        log.info("Demo data loaded in {} ms: {} municipalities, cycle {} with results, compilation and meetings, the results of {}",
                (System.nanoTime() - startedAt) / 1_000_000, MUNICIPALITIES.size(), cycle.title(), DemoLaterYears.YEARS);
    }

    /** Readings agreed at the 2018 quality assurance meeting, before the municipalities answered the survey. */
    private void agreeDemoReadings(Cycle cycle, long meetingId) {
        LocalDate meetingDay = LocalDate.of(2018, 2, 14);
        String meeting = "Kvalitetssäkringsmöte 14 februari 2018";
        interpretationService.agree(cycle.id(), "EB02", new InterpretationDraft(
                "Väntetiden räknas i kalenderdagar från den dag den enskilde första gången kontaktar enheten och ber om "
                        + "ett besök till den dag besöket äger rum. Kommunen svarar JA om genomsnittet under mätperioden är "
                        + "högst 14 dagar.",
                "Nybesök: det första personliga besöket i ett nytt ärende. Mätperiod: enkätens mätvecka.", meetingDay, meeting, meetingId));
        interpretationService.agree(cycle.id(), "EB19", new InterpretationDraft(
                "JA förutsätter att mallen används i samtliga nya utredningar under mätperioden och har ett avsnitt om "
                        + "barnens situation; används den bara i en del av utredningarna svarar kommunen DELVIS.",
                "Utredning: utredning av rätten till ekonomiskt bistånd enligt 4 kap. 1 § SoL.", meetingDay, meeting, meetingId));
        interpretationService.agree(cycle.id(), "EB27", new InterpretationDraft(
                "Avser enskilda som haft ekonomiskt bistånd i minst tre månader. Planen ska vara upprättad tillsammans med "
                        + "den enskilde, inte bara undertecknad av den enskilde.",
                null, meetingDay, meeting, meetingId));
    }

    private void user(String username, String name, String email, Role role, Long municipalityId) {
        userService.createUser(new UserDraft(username, name, email, role, municipalityId, true, DEMO_PASSWORD));
    }

    private static byte[] demoCsv() {
        try (InputStream in = new ClassPathResource("demo/oj-2018-ekonomiskt-bistand.csv").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
