package se.fou.oj.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentAreaDraft;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.JobFunction;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.AppUserDetailsService;

/**
 * The demo cycle's meetings: the 2018 quality-assurance meeting and result meeting, held with approved minutes (the
 * reviewers approve as themselves), and the analysis meeting; each step dated on its day in 2018 by the
 * {@link DemoTimeline}. The invited contacts answered as they then attended.
 */
@Component
class DemoMeetings {

    /** One head of department and one more person per municipality, as the result meeting needs. */
    static final Map<String, List<String>> PEOPLE = Map.of(
            "Ekerö", List.of("Eva Kontaktperson", "Erik Lindqvist"),
            "Järfälla", List.of("Johan Kontaktperson", "Jenny Åberg"),
            "Sigtuna", List.of("Sara Socialchef", "Samir Haddad"),
            "Sollentuna", List.of("Lena Ström", "Per Öhman"),
            "Solna", List.of("Sofia Kontaktperson", "Ali Yilmaz"),
            "Sundbyberg", List.of("Karin Berg", "Tove Sjöberg"),
            "Upplands-Bro", List.of("Anders Ek", "Linnea Falk"),
            "Upplands Väsby", List.of("Hanna Wikström", "Olof Nyström"));

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final AppUserDetailsService users;
    private final DevelopmentAreaService developmentAreas;
    private final SubmissionService submissions;
    private final RequestService requestService;
    private final DemoTimeline timeline;

    DemoMeetings(MeetingService meetings, MinutesService minutes, AppUserDetailsService users,
                 DevelopmentAreaService developmentAreas, SubmissionService submissions, RequestService requestService,
                 DemoTimeline timeline) {
        this.submissions = submissions;
        this.requestService = requestService;
        this.timeline = timeline;
        this.meetings = meetings;
        this.minutes = minutes;
        this.users = users;
        this.developmentAreas = developmentAreas;
    }

    /**
     * The request about ill health, sent the day after the result meeting: Ekerö and Järfälla submitted in time, Solna
     * a week late and without figures; the other municipalities never answered.
     */
    private void demoRequest(Cycle cycle, long areaId) {
        StatisticsTable table = StatisticsTable.causeCodes();
        Request request = timeline.at(LocalDateTime.of(2018, 3, 14, 10, 0), () -> requestService.createRequest(cycle.id(),
                new RequestDraft("Klienter vars hinder för egen försörjning är ohälsa",
                "Svara kort på frågorna och fyll i antalet klienter med orsakskod 021–032 i oktober.",
                List.of("Vad vet vi i vår kommun?", "Vad har vi för statistik?", "Vilka analyser har gjorts tidigare?"),
                LocalDate.of(2018, 4, 10), areaId, table.rowsText(), table.breakdownsText())));
        timeline.at(LocalDateTime.of(2018, 4, 5, 14, 20), () -> SystemActor.callAs(user("solna"), () -> submissions.saveDraft(
                request.id(), "0184", 0, Map.of(request.questions().get(0).id(), "Vi håller på att ta fram uppgifterna."),
                Map.of(), null)));
        timeline.at(LocalDateTime.of(2018, 4, 6, 11, 5), () -> SystemActor.callAs(user("ekero"), () -> submissions.submit(
                request.id(), "0125", 0, Map.of(
                request.questions().get(0).id(), "De flesta klienterna med ohälsa är sjukskrivna utan ersättning (kod 023).",
                request.questions().get(1).id(), "50 klienter med kod 021–032 i oktober 2015, varav 23 med kod 023.",
                request.questions().get(2).id(), "En kartläggning av långvarigt bistånd gjordes 2014."),
                sharedCounts("Ekerö"), null)));
        timeline.at(LocalDateTime.of(2018, 4, 9, 16, 40), () -> SystemActor.callAs(user("jarfalla"), () -> submissions.submit(
                request.id(), "0123", 0, Map.of(
                request.questions().get(0).id(), "Många unga har ohälsa som hinder; de flesta saknar ersättning (kod 023).",
                request.questions().get(1).id(), "223 klienter med kod 021–032 i oktober 2015, varav 159 med kod 023."),
                sharedCounts("Järfälla"), null)));
        // Solna sent its answer a week late, without the figures (it could not break them down by cause code)
        timeline.at(LocalDateTime.of(2018, 4, 17, 9, 30), () -> SystemActor.callAs(user("solna"), () -> submissions.submit(
                request.id(), "0184", submissions.submission(request.id(), "0184").version(), Map.of(
                request.questions().get(0).id(), "Ohälsa är vanligt bland klienterna, men vi kan inte ta fram orsakskoderna "
                        + "per kategori ur verksamhetssystemet.",
                request.questions().get(2).id(), "Ingen tidigare analys."))));
    }

    /** The municipality's figures of the shared data (orsakskoder-2015.csv). */
    private static Map<StatisticsTable.Cell, Integer> sharedCounts(String municipality) {
        return causeCodeCounts("demo/orsakskoder-2015.csv", municipality);
    }

    /** The municipality's figures of a cause-code file (municipality;period;breakdown;category;cause_code;clients). */
    static Map<StatisticsTable.Cell, Integer> causeCodeCounts(String resource, String municipality) {
        Map<StatisticsTable.Cell, Integer> counts = new HashMap<>();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(";");
                if (cells.length == 6 && cells[0].equals(municipality)) {
                    counts.put(new StatisticsTable.Cell(cells[4], cells[2], cells[3]), Integer.parseInt(cells[5].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private AppUserPrincipal user(String username) {
        return (AppUserPrincipal) users.loadUserByUsername(username);
    }

    /**
     * The quality-assurance meeting of February 2018, held with approved minutes: first, because the demo readings of
     * the interpretation register were agreed there (and link to it) before the results came.
     */
    Meeting qualityAssurance(Cycle cycle, Map<String, Long> municipalityIds) {
        long fou = user("fou").userId();
        long ekero = user("ekero").userId();
        Meeting quality = timeline.at(LocalDateTime.of(2018, 1, 22, 10, 0), () -> meetings.create(cycle.id(),
                new MeetingDraft(MeetingKind.QUALITY_ASSURANCE, "Kvalitetssäkringsmöte – Ekonomiskt bistånd 2018",
                        LocalDateTime.of(2018, 2, 14, 9, 0), "FoU Nordväst, Sundbyberg", null, true, List.of(fou), null)));
        // Ekerö and Järfälla came; Solna said no in time
        respond(quality, LocalDate.of(2018, 1, 24), Map.of("fou", Meeting.Response.YES, "ekero", Meeting.Response.YES,
                "jarfalla", Meeting.Response.YES, "solna", Meeting.Response.NO));
        timeline.on(LocalDate.of(2018, 2, 14), LocalTime.of(15, 0), () -> {
            minutes.addAttendance(quality.id(), "Fredrik Uppföljare", null, JobFunction.FOLLOW_UP_COORDINATOR, true);
            minutes.addAttendance(quality.id(), "Eva Kontaktperson", municipalityIds.get("Ekerö"), JobFunction.HEAD_OF_DEPARTMENT, true);
            minutes.addAttendance(quality.id(), "Johan Kontaktperson", municipalityIds.get("Järfälla"), JobFunction.HEAD_OF_DEPARTMENT, true);
            minutes.addAttendance(quality.id(), "Gäst från Socialstyrelsen", null, JobFunction.GUEST, true);
            minutes.saveNotes(quality.id(), quality.agenda().get(1).id(), "Frågorna om väntetid (EB02), utredningsmall (EB19) och "
                    + "genomförandeplaner (EB27) diskuterades; kommunerna läste dem olika förra året.");
            minutes.addDecision(quality.id(), "Tolkningarna av EB02, EB19 och EB27 förs in i tolkningsregistret.");
            minutes.setReviewers(quality.id(), List.of(ekero));
            minutes.sendForReview(quality.id());
        });
        approve(quality.id(), "ekero", LocalDateTime.of(2018, 2, 16, 10, 15));
        return quality;
    }

    /** The invited users' answers, given as themselves on the day. */
    void respond(Meeting meeting, LocalDate day, Map<String, Meeting.Response> answers) {
        timeline.on(day, LocalTime.of(9, 0), () -> answers.forEach((username, response) ->
                SystemActor.callAs(user(username), () -> {
                    meetings.respond(meeting.id(), response);
                    return null;
                })));
    }

    /** A reviewer approves on the day; the last approval fixes the minutes' PDF with the approval times of the story. */
    void approve(long meetingId, String reviewer, LocalDateTime when) {
        timeline.at(when, () -> SystemActor.callAs(user(reviewer), () -> {
            minutes.approve(meetingId);
            return null;
        }));
    }

    /** Runs as the system user; the reviewers' approvals and the invitees' answers run as themselves. */
    void load(Cycle cycle, Map<String, Long> municipalityIds) {
        long fou = user("fou").userId();
        long ekero = user("ekero").userId();
        long jarfalla = user("jarfalla").userId();

        Meeting result = timeline.at(LocalDateTime.of(2018, 2, 27, 13, 0), () -> meetings.create(cycle.id(),
                new MeetingDraft(MeetingKind.RESULT_MEETING, "Resultatmöte – Ekonomiskt bistånd 2018",
                        LocalDateTime.of(2018, 3, 13, 9, 0), "Sollentuna kommunhus", null, true, List.of(fou), null)));
        respond(result, LocalDate.of(2018, 3, 1), Map.of("fou", Meeting.Response.YES, "ekero", Meeting.Response.YES,
                "jarfalla", Meeting.Response.YES, "solna", Meeting.Response.YES));
        List<Long> areaIds = new ArrayList<>();
        timeline.on(LocalDate.of(2018, 3, 13), LocalTime.of(15, 30), () -> {
            resultMinutes(result, municipalityIds, fou);
            for (DevelopmentAreaDraft area : List.of(
                    new DevelopmentAreaDraft("Klienter vars hinder för egen försörjning är ohälsa",
                            "Få kommuner har överenskommelser med primärvård och vuxenpsykiatri om gemensamma klienter.",
                            "Kommunerna registrerar orsakskoder 021–032; Försäkringskassans ersättningar räcker ofta inte.",
                            List.of("EB13", "EB14"), result.id()),
                    new DevelopmentAreaDraft("Genomförandeplaner tillsammans med den enskilde",
                            "Planerna upprättas men undertecknas och följs sällan upp tillsammans med den enskilde.",
                            null, List.of("EB27", "EB28", "EB29"), result.id()),
                    new DevelopmentAreaDraft("Standardiserade bedömningsmetoder för alkohol och droger",
                            "Bara en kommun använder AUDIT och DUDIT.", null, List.of("EB22", "EB23"), result.id()))) {
                long areaId = developmentAreas.propose(cycle.id(), area).id();
                developmentAreas.select(areaId);
                areaIds.add(areaId);
            }
        });
        timeline.on(LocalDate.of(2018, 3, 14), LocalTime.of(9, 0), () -> {
            minutes.setReviewers(result.id(), List.of(ekero, jarfalla));
            minutes.sendForReview(result.id());
        });
        demoRequest(cycle, areaIds.get(0));
        approve(result.id(), "ekero", LocalDateTime.of(2018, 3, 16, 13, 45));
        approve(result.id(), "jarfalla", LocalDateTime.of(2018, 3, 19, 8, 50));
        // Both action items were done before the analysis meeting
        List<Meeting.ActionItem> actions = meetings.meeting(result.id()).actionItems();
        for (Meeting.ActionItem action : actions) {
            // Ekerö's statistics with its answer, FoU's research the day before its deadline
            LocalDate done = action.ownerMunicipalityId() != null ? LocalDate.of(2018, 4, 6) : LocalDate.of(2018, 4, 16);
            timeline.on(done, LocalTime.of(15, 0), () -> minutes.markActionDone(action.id()));
        }

        Meeting analysis = timeline.at(LocalDateTime.of(2018, 3, 20, 10, 0), () -> meetings.create(cycle.id(),
                new MeetingDraft(MeetingKind.ANALYSIS_MEETING, "Analysmöte – Ekonomiskt bistånd 2018",
                        LocalDateTime.of(2018, 4, 24, 13, 0), "Järfälla kommunhus", "https://möte.fou-nordvast.se/analys-2018",
                        true, List.of(fou), null)));
        respond(analysis, LocalDate.of(2018, 3, 22), Map.of("fou", Meeting.Response.YES, "ekero", Meeting.Response.YES,
                "jarfalla", Meeting.Response.YES, "solna", Meeting.Response.NO));
        timeline.on(LocalDate.of(2018, 4, 24), LocalTime.of(16, 0), () -> analysisMinutes(analysis, municipalityIds, jarfalla));
        approve(analysis.id(), "jarfalla", LocalDateTime.of(2018, 4, 26, 9, 40));
    }

    /** The analysis meeting as held: Solna had said no and was away; the others came; they chose the areas. */
    private void analysisMinutes(Meeting analysis, Map<String, Long> municipalityIds, long jarfalla) {
        PEOPLE.forEach((municipality, people) -> minutes.addAttendance(analysis.id(), people.get(0),
                municipalityIds.get(municipality), JobFunction.HEAD_OF_DEPARTMENT, !municipality.equals("Solna")));
        minutes.addAttendance(analysis.id(), "Erik Lindqvist", municipalityIds.get("Ekerö"), JobFunction.STAFF, true);
        minutes.addAttendance(analysis.id(), "Annika Sakkunnig", null, JobFunction.AREA_SPECIALIST, true);
        minutes.addAttendance(analysis.id(), "Fredrik Uppföljare", null, JobFunction.FOLLOW_UP_COORDINATOR, true);
        minutes.addAttendance(analysis.id(), "Stina Sekreterare", null, JobFunction.MINUTE_TAKER, true);
        minutes.saveNotes(analysis.id(), analysis.agenda().get(0).id(), "Ekerö, Järfälla och Solna har skickat in "
                + "underlag; Solnas kom in en vecka sent och utan siffror. Ohälsa utan ersättning (kod 023) är det vanligaste "
                + "hindret i underlagen.");
        minutes.saveNotes(analysis.id(), analysis.agenda().get(1).id(), "Socialstyrelsens handbok och riktlinjer gicks "
                + "igenom; de stöder samverkan i den individuella planen och AUDIT och DUDIT.");
        minutes.saveNotes(analysis.id(), analysis.agenda().get(2).id(), "Kommunerna enades om att arbeta med ohälsa och "
                + "genomförandeplaner nu och med bedömningsmetoderna när utbildningen finns.");
        minutes.addDecision(analysis.id(), "FoU skriver en kort analys med de tre förbättringsområdena till "
                + "socialchefsgruppens möte den 22 maj 2018.");
        minutes.setReviewers(analysis.id(), List.of(jarfalla));
        minutes.sendForReview(analysis.id());
    }

    /** What the minute taker wrote at the result meeting: everyone there, the notes, the three areas, two actions. */
    private void resultMinutes(Meeting result, Map<String, Long> municipalityIds, long fou) {
        PEOPLE.forEach((municipality, people) -> {
            minutes.addAttendance(result.id(), people.get(0), municipalityIds.get(municipality), JobFunction.HEAD_OF_DEPARTMENT, true);
            minutes.addAttendance(result.id(), people.get(1), municipalityIds.get(municipality), JobFunction.STAFF, true);
        });
        minutes.addAttendance(result.id(), "Annika Sakkunnig", null, JobFunction.AREA_SPECIALIST, true);
        minutes.addAttendance(result.id(), "Fredrik Uppföljare", null, JobFunction.FOLLOW_UP_COORDINATOR, true);
        minutes.addAttendance(result.id(), "Stina Sekreterare", null, JobFunction.MINUTE_TAKER, true);
        minutes.saveNotes(result.id(), result.agenda().get(0).id(), "Sammanställningen gicks igenom tabell för tabell. "
                + "Regionen ligger över riket på de flesta indikatorer men lågt på samverkan med primärvården och "
                + "vuxenpsykiatrin och på standardiserade bedömningsmetoder.");
        minutes.saveNotes(result.id(), result.agenda().get(1).id(), "Tre utvecklingsområden identifierades, se ställningstagandena.");
        minutes.addDecision(result.id(), "Utvecklingsområde 1: klienter vars hinder för egen försörjning är ohälsa "
                + "(samverkan med primärvård och vuxenpsykiatri, EB13–EB14).");
        minutes.addDecision(result.id(), "Utvecklingsområde 2: genomförandeplaner upprättade och följda upp tillsammans med "
                + "den enskilde (EB27–EB29).");
        minutes.addDecision(result.id(), "Utvecklingsområde 3: standardiserade bedömningsmetoder, AUDIT och DUDIT (EB22–EB23).");
        minutes.addActionItem(result.id(), "Ta fram statistik om klienter med orsakskod 021–032 för oktober", null,
                municipalityIds.get("Ekerö"), LocalDate.of(2018, 4, 10));
        minutes.addActionItem(result.id(), "Sammanställa forskning om ohälsa och försörjningsstöd", fou, null,
                LocalDate.of(2018, 4, 17));
    }
}
