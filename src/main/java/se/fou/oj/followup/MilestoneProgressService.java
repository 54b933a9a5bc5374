package se.fou.oj.followup;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.decision.ImprovementArea;

/**
 * Where the milestones of many decided improvement areas stand at once, as {@link FollowUpService#progress} gives them
 * for one: one query however many areas. Readable by anybody logged in, as the follow-ups are.
 */
@Service
public class MilestoneProgressService {

    private final FollowUpRepository repository;

    MilestoneProgressService(FollowUpRepository repository) {
        this.repository = repository;
    }

    /** Every given area's milestones in its plan's order, by development area id. */
    @Transactional(readOnly = true)
    public Map<Long, List<MilestoneProgress>> progressOfAreas(Collection<ImprovementArea> areas) {
        CurrentUser.require();
        Map<Long, Map<String, MilestoneProgress>> reached = repository.reachedOfAreas(
                areas.stream().map(ImprovementArea::developmentAreaId).distinct().toList());
        Map<Long, List<MilestoneProgress>> byArea = new LinkedHashMap<>();
        for (ImprovementArea area : areas) {
            byArea.put(area.developmentAreaId(), inPlanOrder(area, reached.getOrDefault(area.developmentAreaId(), Map.of())));
        }
        return byArea;
    }

    /** Every milestone of the area's plan in its order, reached or not ({@code reached} by {@link FollowUpRepository#key}). */
    static List<MilestoneProgress> inPlanOrder(ImprovementArea area, Map<String, MilestoneProgress> reached) {
        return area.plan().milestones().stream().map(m -> reached.getOrDefault(FollowUpRepository.key(m.dueOn(), m.title()),
                new MilestoneProgress(m, null, null))).toList();
    }
}
