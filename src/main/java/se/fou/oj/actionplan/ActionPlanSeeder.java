package se.fou.oj.actionplan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.region.Municipality;

/**
 * Creates an improvement area's action plans from its decided plan's split of responsibility: each municipality's plan
 * gets one activity per row that concerns it (its own rows and those of all municipalities), the region's/FoU's plan
 * one per FoU row, each to be done within the plan's period. A plan that exists is left as it is, so seeding again (a
 * later visit, a municipality added to the region since) only adds what is missing.
 */
@Component
class ActionPlanSeeder {

    /** Where an activity came from: a row of the decided plan ({@link Plan.Responsible}), or added by its owner. */
    static final String ADDED = "ADDED";

    private final ActionPlanRepository repository;
    private final Clock clock;

    ActionPlanSeeder(ActionPlanRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Must run inside the caller's write transaction. */
    void seed(ImprovementArea area, List<Municipality> municipalities) {
        LocalDateTime now = LocalDateTime.now(clock);
        String by = CurrentUser.find().map(AppUserPrincipal::username).orElse("system");
        seedPlan(area, null, now, by);
        for (Municipality municipality : municipalities) {
            seedPlan(area, municipality.id(), now, by);
        }
    }

    private void seedPlan(ImprovementArea area, Long municipalityId, LocalDateTime now, String by) {
        Optional<Long> created = repository.insertPlanIfAbsent(area.developmentAreaId(), municipalityId, now);
        if (created.isEmpty()) {
            return;
        }
        List<Plan.Responsibility> rows = area.plan().responsibilities();
        for (int i = 0; i < rows.size(); i++) {
            Plan.Responsibility row = rows.get(i);
            boolean concerns = municipalityId == null ? row.responsible() == Plan.Responsible.FOU : row.concerns(municipalityId);
            if (concerns) {
                repository.insertActivity(created.get(), row.responsible().name(), i, new ActivityDraft(row.task(), null,
                        area.plan().startsOn(), area.plan().endsOn(), ActivityStatus.NOT_STARTED, null), by, now);
            }
        }
    }
}
