package se.fou.oj.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.user.AppUserDetailsService;

/**
 * This year's work, dated relative to the day the demo is loaded, so that every role has something to do: a cycle of
 * Missbruk och beroende in stage 1, its quality-assurance meeting a few weeks ahead and a request the contacts answer
 * before it (Järfälla has submitted, Ekerö has a draft, Solna has not started).
 */
@Component
class DemoCurrentCycle {

    static final String REQUEST_TITLE = "Inför kvalitetssäkringen: enkätfrågor som läses olika";

    private final CycleService cycles;
    private final RegionService regions;
    private final MeetingService meetings;
    private final SubmissionService submissions;
    private final RequestService requestService;
    private final AppUserDetailsService users;
    private final DemoTimeline timeline;
    private final Clock clock;

    DemoCurrentCycle(CycleService cycles, RegionService regions, MeetingService meetings, SubmissionService submissions, RequestService requestService,
                     AppUserDetailsService users, DemoTimeline timeline, Clock clock) {
        this.cycles = cycles;
        this.regions = regions;
        this.meetings = meetings;
        this.submissions = submissions;
        this.requestService = requestService;
        this.users = users;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Runs as the system user; the contacts answer as themselves. */
    void load(Map<String, Long> municipalityIds) {
        LocalDate today = LocalDate.now(clock);
        Area area = regions.areas().stream().filter(a -> a.name().equals("Missbruk och beroende")).findFirst().orElseThrow();
        Cycle cycle = timeline.at(before(today.minusDays(21)).atTime(10, 0), () -> cycles.createCycle(area.id(), today.getYear()));
        Meeting quality = timeline.at(before(today.minusDays(14)).atTime(10, 0), () -> meetings.create(cycle.id(),
                new MeetingDraft(MeetingKind.QUALITY_ASSURANCE, "Kvalitetssäkringsmöte – " + cycle.title(),
                        workday(today.plusDays(28)).atTime(9, 0), "FoU Nordväst, Sundbyberg", null, true,
                        List.of(user("fou").userId()), null)));
        timeline.at(before(today.minusDays(12)).atTime(9, 0), () -> {
            for (String username : List.of("fou", "ekero", "jarfalla")) {
                SystemActor.callAs(user(username), () -> {
                    meetings.respond(quality.id(), Meeting.Response.YES);
                    return null;
                });
            }
        });
        Request request = timeline.at(before(today.minusDays(14)).atTime(10, 30), () -> requestService.createRequest(cycle.id(),
                new RequestDraft(REQUEST_TITLE, "Svara kort, så att FoU hinner samla frågorna till kvalitetssäkringsmötet.",
                        List.of("Vilka frågor i enkäten är svåra att besvara för er kommun?",
                                "Hur tolkade ni dem förra gången?", "Har ni ändrat arbetssätt sedan förra mätningen?"),
                        deadline(today), null)));
        timeline.at(LocalDateTime.of(before(today.minusDays(3)), LocalTime.of(15, 20)), () -> SystemActor.callAs(user("jarfalla"),
                () -> submissions.submit(request.id(), "0123", 0, Map.of(
                        request.questions().get(0).id(), "Frågan om samordnad individuell plan (SIP): räknas planer som "
                                + "kommunen har kallat till men som inte har hållits?",
                        request.questions().get(2).id(), "Vi har infört AUDIT och DUDIT i alla nya utredningar."))));
        timeline.at(LocalDateTime.of(before(today.minusDays(1)), LocalTime.of(16, 5)), () -> SystemActor.callAs(user("ekero"),
                () -> submissions.saveDraft(request.id(), "0125", 0, Map.of(
                        request.questions().get(0).id(), "Väntetiden till behandling: från ansökan eller från beslut?"))));
    }

    /** Three weeks after the load date, on a working day: an open request whose deadline is ahead. */
    static LocalDate deadline(LocalDate today) {
        return workday(today.plusDays(21));
    }

    /** The day itself, or the Monday after a weekend: FoU works on working days. */
    private static LocalDate workday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** The day itself, or the Friday before a weekend: what has happened happened on a working day. */
    private static LocalDate before(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    private AppUserPrincipal user(String username) {
        return (AppUserPrincipal) users.loadUserByUsername(username);
    }
}
