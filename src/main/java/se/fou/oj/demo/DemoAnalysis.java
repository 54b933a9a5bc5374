package se.fou.oj.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.Plan;
import se.fou.oj.analysis.PlanDraft.ResponsibilityDraft;
import se.fou.oj.analysis.PlanDraft;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.analysis.ProposalService;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpDraft;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeItemDraft;
import se.fou.oj.knowledge.KnowledgeService;
import se.fou.oj.meeting.JobFunction;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.AppUserDetailsService;

/**
 * The demo cycle's step 3: knowledge items attached to the development areas, the short analysis sent for decision
 * with three proposed improvement areas and their plans, and the social chiefs' decision: the first area approved by a
 * quorum of members, the second recorded by FoU from the social chiefs' meeting, the third still open; and the first
 * area's follow-up under way. Dated from April 2018 (the research) to September 2019 (the first follow-up).
 */
@Component
class DemoAnalysis {

    /** Social chiefs who approve the first area as themselves; with Sigtuna's that is five of eight municipalities. */
    static final List<String> APPROVING_CHIEFS = List.of("socialchef", "socialchef-ekero", "socialchef-jarfalla",
            "socialchef-solna", "socialchef-sollentuna");

    private final KnowledgeService knowledge;
    private final AnalysisReportService analysis;
    private final ProposalService proposalService;
    private final DecisionService decisions;
    private final DevelopmentAreaService developmentAreas;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final AppUserDetailsService users;
    private final FollowUpService followUps;
    private final SubmissionService submissions;
    private final RequestService requestService;
    private final DemoTimeline timeline;
    private final DemoMeetings demoMeetings;

    DemoAnalysis(KnowledgeService knowledge, AnalysisReportService analysis, ProposalService proposalService, DecisionService decisions,
                 DevelopmentAreaService developmentAreas, MeetingService meetings, MinutesService minutes,
                 AppUserDetailsService users, FollowUpService followUps, SubmissionService submissions, RequestService requestService,
                 DemoTimeline timeline, DemoMeetings demoMeetings) {
        this.timeline = timeline;
        this.demoMeetings = demoMeetings;
        this.followUps = followUps;
        this.submissions = submissions;
        this.requestService = requestService;
        this.knowledge = knowledge;
        this.analysis = analysis;
        this.proposalService = proposalService;
        this.decisions = decisions;
        this.developmentAreas = developmentAreas;
        this.meetings = meetings;
        this.minutes = minutes;
        this.users = users;
    }

    /** Runs as the system user; the social chiefs vote as themselves. */
    void load(Cycle cycle) {
        List<DevelopmentArea> areas = developmentAreas.areasOfCycle(cycle.id());
        DevelopmentArea illHealth = areas.get(0);
        DevelopmentArea plans = areas.get(1);
        DevelopmentArea methods = areas.get(2);

        // FoU's research before the analysis meeting
        timeline.on(LocalDate.of(2018, 4, 16), LocalTime.of(14, 0), () -> research(illHealth, plans, methods));
        // The short analysis written after the analysis meeting and sent to the social chiefs in May
        AnalysisReport draft = timeline.at(LocalDateTime.of(2018, 5, 2, 10, 0), () -> analysis.startDraft(cycle.id()));
        List<Proposal> proposals = timeline.at(LocalDateTime.of(2018, 5, 3, 15, 0),
                () -> writeAnalysis(draft, illHealth, plans, methods));
        Proposal first = proposals.get(0);
        Proposal second = proposals.get(1);
        Proposal third = proposals.get(2);
        timeline.on(LocalDate.of(2018, 5, 7), LocalTime.of(9, 30),
                () -> SystemActor.callAs(user("fou"), () -> analysis.sendForDecision(draft.id())));

        // The members approve one by one in the weeks after; the first area reaches its quorum on 16 May
        for (int i = 0; i < APPROVING_CHIEFS.size(); i++) {
            String chief = APPROVING_CHIEFS.get(i);
            timeline.on(LocalDate.of(2018, 5, 8 + 2 * i), LocalTime.of(10, 0),
                    () -> SystemActor.callAs(user(chief), () -> decisions.approve(first.id())));
        }
        timeline.on(LocalDate.of(2018, 5, 9), LocalTime.of(11, 0),
                () -> SystemActor.callAs(user("socialchef-ekero"), () -> decisions.approve(third.id())));
        timeline.on(LocalDate.of(2018, 5, 14), LocalTime.of(11, 0),
                () -> SystemActor.callAs(user("socialchef-jarfalla"), () -> decisions.approve(third.id())));
        Meeting chiefs = timeline.at(LocalDateTime.of(2018, 5, 8, 13, 0), () -> meetings.create(cycle.id(),
                new MeetingDraft(MeetingKind.DECISION_MEETING, "Socialchefsgruppen – beslut om förbättringsområden 2018",
                        LocalDateTime.of(2018, 5, 22, 9, 0), "FoU Nordväst, Sundbyberg", null, false,
                        List.of(user("socialchef").userId()), null)));
        timeline.on(LocalDate.of(2018, 5, 9), LocalTime.of(8, 30), () -> SystemActor.callAs(user("socialchef"), () -> {
            meetings.respond(chiefs.id(), Meeting.Response.YES);
            return null;
        }));
        timeline.on(LocalDate.of(2018, 5, 22), LocalTime.of(11, 0), () -> {
            minutes.addAttendance(chiefs.id(), "Sara Socialchef", user("socialchef").municipalityId(), JobFunction.HEAD_OF_DEPARTMENT, true);
            minutes.addAttendance(chiefs.id(), "Fredrik Uppföljare", null, JobFunction.FOLLOW_UP_COORDINATOR, true);
            minutes.addDecision(chiefs.id(), "Socialchefsgruppen godkänner förbättringsområdet ”" + plans.title()
                    + "” med tidsplan och ansvarsfördelning enligt den korta analysen.");
            minutes.setReviewers(chiefs.id(), List.of(user("socialchef").userId()));
            minutes.sendForReview(chiefs.id());
        });
        demoMeetings.approve(chiefs.id(), "socialchef", LocalDateTime.of(2018, 5, 24, 10, 30));
        timeline.on(LocalDate.of(2018, 5, 22), LocalTime.of(14, 0), () -> SystemActor.callAs(user("fou"),
                () -> decisions.recordOnBehalf(second.id(), ProposalDecision.Outcome.APPROVED, chiefs.id(),
                "Beslutat på socialchefsgruppens möte den 22 maj 2018.")));
        followUpUnderWay(cycle, illHealth);
        // The second area's first milestone was met on time, so the overview shows its next one
        timeline.on(LocalDate.of(2019, 1, 29), LocalTime.of(9, 0), () -> followUps.markReached(plans.id(),
                followUps.progress(plans.id()).get(0).milestone(), LocalDate.of(2019, 1, 28),
                "Ekerö ledde arbetet; mallen används i alla kommuner från februari 2019."));
    }

    /** Stage 3 under way for the first area: the first follow-up sent, Ekerö has answered, FoU has begun the report. */
    private void followUpUnderWay(Cycle cycle, DevelopmentArea area) {
        timeline.on(LocalDate.of(2019, 4, 3), LocalTime.of(10, 0), () -> followUps.markReached(area.id(),
                followUps.progress(area.id()).get(0).milestone(), LocalDate.of(2019, 4, 2),
                "Överenskommelser i sex av åtta kommuner; Solna och Sundbyberg klara i maj."));
        Meeting meeting = timeline.at(LocalDateTime.of(2019, 8, 19, 10, 0), () -> meetings.create(cycle.id(),
                new MeetingDraft(MeetingKind.FOLLOW_UP, "Uppföljningsmöte 1 – ohälsa som försörjningshinder",
                        LocalDateTime.of(2019, 9, 24, 9, 0), "Upplands Väsby kommunhus", null, true,
                        List.of(user("fou").userId()), null)));
        FollowUp followUp = timeline.at(LocalDateTime.of(2019, 8, 20, 9, 0), () -> followUps.create(area.id(),
                new FollowUpDraft("Uppföljning 1 – hösten 2019",
                "Om överenskommelserna med primärvården och vuxenpsykiatrin finns och används, och hur många klienter med "
                        + "orsakskod 021–032 som har fått en gemensam planering.",
                "Svara kort, gärna med siffror för augusti 2019.", List.of("Vad har kommunen gjort inom förbättringsområdet?",
                        "Vilka resultat ser ni, med siffror där det går?", "Vad har underlättat och vad har varit svårt?"),
                LocalDate.of(2019, 9, 10), meeting.id())));
        long requestId = followUp.requestId();
        var request = requestService.request(requestId);
        timeline.on(LocalDate.of(2019, 9, 5), LocalTime.of(13, 10), () -> SystemActor.callAs(user("ekero"),
                () -> submissions.submit(requestId, "0125", 0, Map.of(
                request.questions().get(0).id(), "Överenskommelse med vårdcentralen i Ekerö sedan mars 2019.",
                request.questions().get(1).id(), "12 av 23 klienter med kod 023 har en gemensam planering.",
                request.questions().get(2).id(), "Samordnaren på vårdcentralen har underlättat; psykiatrin har svårt att delta."))));
        timeline.on(LocalDate.of(2019, 9, 9), LocalTime.of(16, 0), () -> SystemActor.callAs(user("jarfalla"),
                () -> submissions.saveDraft(requestId, "0123", 0, Map.of(
                request.questions().get(0).id(), "Rutinen prövas sedan april."))));
        timeline.on(LocalDate.of(2019, 9, 10), LocalTime.of(11, 30), () -> SystemActor.callAs(user("solna"),
                () -> submissions.submit(requestId, "0184", 0, Map.of(
                request.questions().get(0).id(), "Överenskommelsen med primärvården skrevs under i maj 2019.",
                request.questions().get(2).id(), "Gemensamma möten varje månad har gjort det lättare."))));
        // Järfälla finished its answer two days after the deadline, in time for the meeting
        timeline.on(LocalDate.of(2019, 9, 12), LocalTime.of(8, 45), () -> SystemActor.callAs(user("jarfalla"),
                () -> submissions.submit(requestId, "0123", submissions.submission(requestId, "0123").version(), Map.of(
                request.questions().get(0).id(), "Rutinen prövas sedan april.",
                request.questions().get(1).id(), "Åtta klienter har fått en gemensam planering med vårdcentralen.",
                request.questions().get(2).id(), "Det tar tid att hitta rätt kontaktperson i vuxenpsykiatrin."))));
        demoMeetings.respond(meeting, LocalDate.of(2019, 8, 22), Map.of("fou", Meeting.Response.YES,
                "ekero", Meeting.Response.YES, "jarfalla", Meeting.Response.YES, "solna", Meeting.Response.YES));
        timeline.on(LocalDate.of(2019, 9, 24), LocalTime.of(15, 0), () -> {
            for (String[] person : new String[][] {{"Eva Kontaktperson", "0125"}, {"Johan Kontaktperson", "0123"},
                    {"Sofia Kontaktperson", "0184"}}) {
                minutes.addAttendance(meeting.id(), person[0], municipalityId(person[1]), JobFunction.HEAD_OF_DEPARTMENT, true);
            }
            minutes.addAttendance(meeting.id(), "Fredrik Uppföljare", null, JobFunction.FOLLOW_UP_COORDINATOR, true);
            minutes.addAttendance(meeting.id(), "Stina Sekreterare", null, JobFunction.MINUTE_TAKER, true);
            minutes.saveNotes(meeting.id(), meeting.agenda().get(0).id(), "Ekerö, Järfälla och Solna redovisade sina svar; "
                    + "Järfällas kom in två dagar efter sista dag.");
            minutes.saveNotes(meeting.id(), meeting.agenda().get(1).id(), "Överenskommelserna med primärvården används; "
                    + "vuxenpsykiatrin är svårare att få med.");
            minutes.setReviewers(meeting.id(), List.of(user("solna").userId()));
            minutes.sendForReview(meeting.id());
        });
        demoMeetings.approve(meeting.id(), "solna", LocalDateTime.of(2019, 9, 27, 11, 0));
        timeline.on(LocalDate.of(2019, 9, 16), LocalTime.of(14, 0), () -> {
            followUps.saveSection(followUp.id(), FollowUp.Section.SUMMARY, "Arbetet med samverkan kring klienter med ohälsa har "
                    + "kommit igång i de flesta kommuner; överenskommelser med primärvården finns nu i tre kommuner.");
            followUps.saveSection(followUp.id(), FollowUp.Section.WAY_OF_WORKING, "Järfälla prövade rutinen först och delade "
                    + "erfarenheterna på uppföljningsmötet; övriga kommuner inför den under hösten.");
        });
    }

    private void research(DevelopmentArea illHealth, DevelopmentArea plans, DevelopmentArea methods) {
            KnowledgeItem handbook = knowledge.create(new KnowledgeItemDraft("Socialstyrelsen", 2013,
                    "Ekonomiskt bistånd – handbok för socialtjänsten", "Socialstyrelsen, Stockholm", null,
                    "Handboken beskriver hur rätten till ekonomiskt bistånd utreds och hur insatser mot egen försörjning planeras "
                            + "och följs upp tillsammans med den enskilde, bland annat i en individuell plan."));
            KnowledgeItem statistics = knowledge.create(new KnowledgeItemDraft("Socialstyrelsen", 2016,
                    "Statistik om ekonomiskt bistånd 2015", "Socialstyrelsen, Stockholm", null,
                    "Den nationella statistiken redovisar biståndsmottagarnas försörjningshinder enligt orsakskoderna; ohälsa "
                            + "utan tillräcklig ersättning från socialförsäkringen är ett av de vanligaste hindren."));
            KnowledgeItem guidelines = knowledge.create(new KnowledgeItemDraft("Socialstyrelsen", 2015,
                    "Nationella riktlinjer för vård och stöd vid missbruk och beroende", "Socialstyrelsen, Stockholm", null,
                    "Riktlinjerna rekommenderar att socialtjänsten använder standardiserade bedömningsinstrument som AUDIT och "
                            + "DUDIT för att upptäcka och bedöma riskbruk, missbruk och beroende."));
            knowledge.link(statistics.id(), illHealth.id(), "Visar att ohälsa utan ersättning är ett vanligt hinder också nationellt; "
                    + "regionens orsakskoder kan jämföras med riket.");
            knowledge.link(handbook.id(), illHealth.id(), "Stöd för hur samverkan kring gemensamma klienter kan planeras i den "
                    + "individuella planen.");
            knowledge.link(handbook.id(), plans.id(), "Beskriver genomförandeplanen som den enskildes och handläggarens gemensamma plan.");
            knowledge.link(guidelines.id(), methods.id(), "Rekommenderar AUDIT och DUDIT, som bara en kommun i regionen använder i dag.");
    }

    private List<Proposal> writeAnalysis(AnalysisReport draft, DevelopmentArea illHealth, DevelopmentArea plans,
                                         DevelopmentArea methods) {
            analysis.saveTexts(draft.id(), draft.introduction(), "På analysmötet den 24 april 2018 enades kommunerna om att "
                    + "arbeta vidare med två av de tre utvecklingsområdena nu och det tredje när metodstödet finns på plats.\n\n"
                    + "Underlagen visar att en stor del av klienterna med ohälsa som försörjningshinder saknar ersättning från "
                    + "socialförsäkringen, och att få kommuner har överenskommelser med primärvården och vuxenpsykiatrin. "
                    + "Genomförandeplanerna upprättas men följs sällan upp tillsammans med den enskilde.");
            Proposal first = proposalService.propose(draft.id(), illHealth.id(), "Ohälsa är det vanligaste försörjningshindret i de "
                    + "inskickade underlagen, och regionen ligger under riket på samverkan med primärvård och vuxenpsykiatri.");
            Proposal second = proposalService.propose(draft.id(), plans.id(), "Planerna finns men görs sällan tillsammans med den "
                    + "enskilde; det är ett förbättringsområde som alla kommuner kan arbeta med direkt.");
            Proposal third = proposalService.propose(draft.id(), methods.id(), "Riktlinjerna rekommenderar AUDIT och DUDIT, men bara en "
                    + "kommun använder dem; kommunerna behöver utbildning innan de kan införas.");
            proposalService.savePlan(first.id(), new PlanDraft(LocalDate.of(2018, 9, 1), LocalDate.of(2020, 8, 31), List.of(
                    new Plan.Milestone(LocalDate.of(2019, 3, 31), "Överenskommelser med primärvården i varje kommun"),
                    new Plan.Milestone(LocalDate.of(2019, 9, 30), "Första uppföljningsmötet"),
                    new Plan.Milestone(LocalDate.of(2020, 8, 31), "Uppföljning mot ÖJ 2020")), List.of(
                    new ResponsibilityDraft(PlanDraft.ALL, "Tar fram rutin för samverkan med primärvård och vuxenpsykiatri"),
                    new ResponsibilityDraft("0123", "Prövar rutinen först och delar erfarenheterna"),
                    new ResponsibilityDraft(PlanDraft.FOU, "Sammanställer uppföljningen och orsakskoderna varje år"))));
            proposalService.savePlan(second.id(), new PlanDraft(LocalDate.of(2018, 9, 1), LocalDate.of(2020, 8, 31), List.of(
                    new Plan.Milestone(LocalDate.of(2019, 1, 31), "Gemensam mall för genomförandeplaner"),
                    new Plan.Milestone(LocalDate.of(2019, 10, 31), "Första uppföljningsmötet")), List.of(
                    new ResponsibilityDraft(PlanDraft.ALL, "Upprättar och följer upp planerna tillsammans med den enskilde"),
                    new ResponsibilityDraft("0125", "Leder arbetet med den gemensamma mallen"),
                    new ResponsibilityDraft(PlanDraft.FOU, "Följer upp andelen planer i ÖJ och genom aktgranskning"))));
            proposalService.savePlan(third.id(), new PlanDraft(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), List.of(
                    new Plan.Milestone(LocalDate.of(2019, 6, 30), "Utbildning i AUDIT och DUDIT")), List.of(
                    new ResponsibilityDraft(PlanDraft.FOU, "Ordnar utbildning i AUDIT och DUDIT"),
                    new ResponsibilityDraft(PlanDraft.ALL, "Inför metoderna i nya utredningar"))));
        return List.of(first, second, third);
    }

    private Long municipalityId(String code) {
        return user(switch (code) {
            case "0125" -> "ekero";
            case "0123" -> "jarfalla";
            default -> "solna";
        }).municipalityId();
    }

    private AppUserPrincipal user(String username) {
        return (AppUserPrincipal) users.loadUserByUsername(username);
    }
}
