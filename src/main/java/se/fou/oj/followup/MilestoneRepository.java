package se.fou.oj.followup;

import static se.fou.oj.db.Tables.MILESTONE_PROGRESS;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import se.fou.oj.analysis.Plan;

/** The reached milestones of many improvement areas in one query (the overview's batched read). */
@Repository
class MilestoneRepository {

    private final DSLContext dsl;

    MilestoneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** By development area id, then by {@link FollowUpRepository#key}; an area with none reached has no entry. */
    Map<Long, Map<String, MilestoneProgress>> reachedOfAreas(Collection<Long> developmentAreaIds) {
        Map<Long, Map<String, MilestoneProgress>> reached = new HashMap<>();
        if (developmentAreaIds.isEmpty()) {
            return reached;
        }
        dsl.selectFrom(MILESTONE_PROGRESS).where(MILESTONE_PROGRESS.DEVELOPMENT_AREA_ID.in(developmentAreaIds)).forEach(r ->
                reached.computeIfAbsent(r.getDevelopmentAreaId(), id -> new HashMap<>())
                        .put(FollowUpRepository.key(r.getDueOn(), r.getMilestoneTitle()), new MilestoneProgress(
                                new Plan.Milestone(r.getDueOn(), r.getMilestoneTitle()), r.getReachedOn(),
                                r.getProgressNote())));
        return reached;
    }
}
