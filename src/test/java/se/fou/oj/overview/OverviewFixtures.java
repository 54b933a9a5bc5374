package se.fou.oj.overview;

import java.time.Clock;
import org.springframework.boot.test.context.TestComponent;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.region.RegionService;

/** Makes an {@link OverviewFixture} for the service, screen and API tests alike, with the services it needs. */
@TestComponent
public class OverviewFixtures {

    private final AnalysisFixture analysis;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final FollowUpService followUps;
    private final RegionService region;
    private final ActionPlanService actionPlans;
    private final Clock clock;

    OverviewFixtures(AnalysisFixture analysis, MeetingService meetings, MinutesService minutes, FollowUpService followUps,
                     RegionService region, ActionPlanService actionPlans, Clock clock) {
        this.analysis = analysis;
        this.meetings = meetings;
        this.minutes = minutes;
        this.followUps = followUps;
        this.region = region;
        this.actionPlans = actionPlans;
        this.clock = clock;
    }

    public OverviewFixture create() {
        return OverviewFixture.create(analysis, meetings, minutes, followUps, region, clock);
    }

    /** {@link #create()} with the area's action plans as {@link OverviewFixture#withActionPlans} keeps them. */
    public OverviewFixture createWithActionPlans() {
        OverviewFixture data = create();
        data.withActionPlans(actionPlans, clock);
        return data;
    }
}
