package se.fou.oj.overview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Clock;
import java.util.List;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.ActivityDraft;
import se.fou.oj.actionplan.ActivityStatus;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpDraft;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;

/**
 * One cycle with everything the overview shows, on the shared database: the request of {@link AnalysisFixture#stage2}
 * (deadline yesterday, Ekerö and Järfälla submitted, the others late), a decided area with a passed and a coming
 * milestone and a follow-up at a meeting ten days ahead, a meeting for FoU alone, and two overdue action items (Solna's
 * and Ekerö's) from the meeting every contact is invited to.
 */
public record OverviewFixture(AnalysisFixture.Stage2 stage2, DevelopmentArea area, Meeting followUpMeeting, Meeting fouMeeting,
                       FollowUp followUp) {

    public static final String SOLNA_ACTION = "Solna skickar sin rutin till FoU";
    public static final String EKERO_ACTION = "Ekerö bjuder in primärvården";

    public static OverviewFixture create(AnalysisFixture fixture, MeetingService meetings, MinutesService minutes,
                                  FollowUpService followUps, RegionService region, Clock clock) {
        AnalysisFixture.Stage2 stage2 = fixture.stage2();
        DevelopmentArea area = fixture.decidedArea(stage2.cycle(), List.of("EB13"), List.of(
                new Plan.Milestone(LocalDate.of(2020, 6, 30), "Rutinen klar"),
                new Plan.Milestone(LocalDate.of(2030, 6, 30), "Slutuppföljning")));
        LocalDateTime ahead = LocalDate.now(clock).plusDays(10).atTime(13, 0);
        return SystemActor.call(() -> {
            Meeting followUpMeeting = meetings.create(stage2.cycle().id(), new MeetingDraft(MeetingKind.FOLLOW_UP,
                    "Uppföljningsmöte om ohälsa", ahead, "Solna", null, true, List.of(), null));
            Meeting fouMeeting = meetings.create(stage2.cycle().id(), new MeetingDraft(MeetingKind.QUALITY_ASSURANCE,
                    "FoU:s förberedelse", ahead.minusDays(2), "FoU", null, false, List.of(), null));
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            minutes.addActionItem(followUpMeeting.id(), SOLNA_ACTION, null, municipality(region, "0184"), yesterday.minusDays(3));
            minutes.addActionItem(followUpMeeting.id(), EKERO_ACTION, null, municipality(region, "0125"), yesterday);
            FollowUp followUp = followUps.create(area.id(), new FollowUpDraft("Uppföljning 1", "Om rutinen används.", null,
                    List.of("Vad har ni gjort?"), LocalDate.now(clock).plusDays(5), followUpMeeting.id()));
            return new OverviewFixture(stage2, area, followUpMeeting, fouMeeting, followUp);
        });
    }

    public static final String EKERO_OVERDUE = "Utbilda handläggarna i rutinen";

    /**
     * The area's action plans, as FoU helps the municipalities keep them: Ekerö has done "Inför rutinen" and is late with
     * a second activity (1 of 2 done, 50 %, one overdue); Solna has dropped an activity it added (0 of 1, 0 %); every
     * other municipality has "Inför rutinen" not started (0 of 1). The region: the mean of the shares, 50 % ÷ the number
     * of municipalities.
     */
    public void withActionPlans(ActionPlanService plans, Clock clock) {
        SystemActor.run(() -> {
            List<ActionPlan> all = plans.plans(area.id());
            ActionPlan ekero = all.stream().filter(p -> "Ekerö".equals(p.municipalityName())).findFirst().orElseThrow();
            ActionPlan solna = all.stream().filter(p -> "Solna".equals(p.municipalityName())).findFirst().orElseThrow();
            Activity seeded = ekero.activities().get(0);
            plans.updateActivity(seeded.id(), new ActivityDraft(seeded.what(), seeded.responsiblePerson(), seeded.startsOn(),
                    seeded.dueOn(), ActivityStatus.DONE, null));
            plans.addActivity(ekero.id(), new ActivityDraft(EKERO_OVERDUE, "Eva Exempel", null,
                    LocalDate.now(clock).minusDays(2), ActivityStatus.ONGOING, null));
            plans.addActivity(solna.id(), new ActivityDraft("Skriv en egen mall", null, null, LocalDate.now(clock).minusDays(9),
                    ActivityStatus.DROPPED, "Den gemensamma mallen räcker."));
        });
    }

    private static long municipality(RegionService region, String code) {
        return region.municipalityByCode(code).map(Municipality::id).orElseThrow();
    }
}
