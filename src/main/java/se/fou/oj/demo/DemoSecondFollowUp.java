package se.fou.oj.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpDraft;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.AppUserDetailsService;

/**
 * The second follow-up of the first improvement area, in the autumn of 2020 after the ÖJ 2020 results: its request
 * carries the same cause-code table as the area's original request of 2018, so the follow-up shows October 2020 beside
 * October 2015 (demo/orsakskoder-2020.csv). Ekerö, Järfälla and Solna answer (Solna now with figures, which it could
 * not give in 2018); the other municipalities never do. FoU begins the report and marks the last milestone reached.
 */
@Component
class DemoSecondFollowUp {

    static final String TITLE = "Uppföljning 2 – hösten 2020";
    static final String COUNTS = "demo/orsakskoder-2020.csv";

    private final DevelopmentAreaService developmentAreas;
    private final FollowUpService followUps;
    private final RequestService requests;
    private final SubmissionService submissions;
    private final AppUserDetailsService users;
    private final DemoTimeline timeline;

    DemoSecondFollowUp(DevelopmentAreaService developmentAreas, FollowUpService followUps, RequestService requests, SubmissionService submissions,
                       AppUserDetailsService users, DemoTimeline timeline) {
        this.developmentAreas = developmentAreas;
        this.followUps = followUps;
        this.requests = requests;
        this.submissions = submissions;
        this.users = users;
        this.timeline = timeline;
    }

    /** Runs as the system user; the contacts answer as themselves. Returns the first area of the 2018 cycle. */
    DevelopmentArea load(Cycle cycle) {
        DevelopmentArea area = developmentAreas.areasOfCycle(cycle.id()).get(0);
        StatisticsTable table = StatisticsTable.causeCodes();
        FollowUp followUp = timeline.at(LocalDate.of(2020, 9, 14).atTime(10, 0), () -> followUps.create(area.id(),
                new FollowUpDraft(TITLE, "Hur samverkan med primärvården och vuxenpsykiatrin har gått sedan första "
                        + "uppföljningen, mot ÖJ 2020 och antalet klienter med orsakskod 021–032 i oktober 2020.",
                        "Svara kort och fyll i antalet klienter med orsakskod 021–032 i oktober 2020, som i underlaget 2018.",
                        List.of("Vad har hänt sedan första uppföljningen?",
                                "Hur ser siffrorna ut jämfört med 2018?", "Vad behöver ni från FoU framåt?"),
                        LocalDate.of(2020, 11, 13), null, table.rowsText(), table.breakdownsText())));
        long requestId = followUp.requestId();
        Request request = requests.request(requestId);
        long q1 = request.questions().get(0).id();
        long q2 = request.questions().get(1).id();
        long q3 = request.questions().get(2).id();
        answer(LocalDate.of(2020, 11, 4), LocalTime.of(14, 15), "ekero", "0125", "Ekerö", requestId, Map.of(
                q1, "Överenskommelsen med vårdcentralen används i alla nya ärenden med ohälsa.",
                q2, "Färre klienter med kod 023 än 2015: 14 mot 23.",
                q3, "Stöd i att få med vuxenpsykiatrin."));
        answer(LocalDate.of(2020, 11, 11), LocalTime.of(9, 40), "jarfalla", "0123", "Järfälla", requestId, Map.of(
                q1, "Rutinen gäller nu i hela enheten; vi har en kontaktperson på varje vårdcentral.",
                q2, "Kod 023 har minskat från 159 till 121 klienter.",
                q3, "En gemensam utbildning med primärvården."));
        answer(LocalDate.of(2020, 11, 13), LocalTime.of(16, 30), "solna", "0184", "Solna", requestId, Map.of(
                q1, "Överenskommelsen med primärvården från maj 2019 följs upp varje kvartal.",
                q2, "I år kan vi ta fram orsakskoderna per kategori; 2018 kunde vi inte.",
                q3, "Jämförelser med de andra kommunerna."));
        timeline.on(LocalDate.of(2020, 11, 20), LocalTime.of(13, 0), () -> {
            followUps.saveSection(followUp.id(), FollowUp.Section.SUMMARY, "Överenskommelser med primärvården finns nu i "
                    + "fem av åtta kommuner (ÖJ 2020), mot tre 2018. Samverkan med vuxenpsykiatrin har däremot gått bakåt.");
            followUps.saveSection(followUp.id(), FollowUp.Section.RESULTS, "I Ekerö och Järfälla har antalet klienter med "
                    + "orsakskod 023 minskat sedan 2015; Solna redovisar orsakskoder för första gången.");
            followUps.markReached(area.id(), followUps.progress(area.id()).get(2).milestone(), LocalDate.of(2020, 11, 20),
                    "Uppföljningen mot ÖJ 2020 gjord; svar från tre kommuner.");
            // The deadline has passed, so FoU may open the answers to every municipality before the steering group meets
            requests.publishAnswers(requestId);
        });
        return area;
    }

    private void answer(LocalDate day, LocalTime time, String username, String code, String municipality, long requestId,
                        Map<Long, String> answers) {
        timeline.on(day, time, () -> SystemActor.callAs(user(username), () -> submissions.submit(requestId, code, 0, answers,
                DemoMeetings.causeCodeCounts(COUNTS, municipality), null)));
    }

    private AppUserPrincipal user(String username) {
        return (AppUserPrincipal) users.loadUserByUsername(username);
    }
}
