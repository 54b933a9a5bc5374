package se.fou.oj.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;

/** The checks of a plan FoU proposes, every problem named at once in Swedish. */
final class PlanValidation {

    private PlanValidation() {
    }

    private static PlanDraft withoutNulls(PlanDraft draft) {
        return new PlanDraft(draft.startsOn(), draft.endsOn(), draft.milestones() == null ? List.of() : draft.milestones(),
                draft.responsibilities() == null ? List.of() : draft.responsibilities());
    }

    /** A period, milestones inside it, and at least one row of who is responsible for what, each "who" known. */
    static Plan validate(PlanDraft raw, RegionService regionService, Messages messages) {
        PlanDraft draft = withoutNulls(raw);
        List<String> problems = new ArrayList<>();
        if (draft.startsOn() == null || draft.endsOn() == null) {
            problems.add(messages.get("plan.error.period"));
        } else if (!draft.endsOn().isAfter(draft.startsOn())) {
            problems.add(messages.get("plan.error.order"));
        }
        List<Plan.Milestone> milestones = new ArrayList<>();
        for (Plan.Milestone milestone : draft.milestones()) {
            if (milestone.dueOn() == null || !StringUtils.hasText(milestone.title())) {
                problems.add(messages.get("plan.error.milestone"));
                continue;
            }
            if (draft.startsOn() != null && draft.endsOn() != null
                    && (milestone.dueOn().isBefore(draft.startsOn()) || milestone.dueOn().isAfter(draft.endsOn()))) {
                problems.add(messages.get("plan.error.milestoneOutside", milestone.title().trim(), milestone.dueOn().toString()));
            }
            if (!TextLimit.TITLE.fits(milestone.title().trim())) {
                problems.add(TextLimit.TITLE.problem(messages, milestone.title().trim(), "plan.milestoneLabel"));
            }
            milestones.add(new Plan.Milestone(milestone.dueOn(), milestone.title().trim()));
        }
        milestones.sort(Comparator.comparing(Plan.Milestone::dueOn));
        List<Plan.Responsibility> rows = new ArrayList<>();
        for (PlanDraft.ResponsibilityDraft row : draft.responsibilities()) {
            if (!StringUtils.hasText(row.task())) {
                problems.add(messages.get("plan.error.task"));
                continue;
            }
            if (!TextLimit.TEXT.fits(row.task().trim())) {
                problems.add(TextLimit.TEXT.problem(messages, row.task().trim(), "plan.taskLabel"));
            }
            String who = row.who() == null ? "" : row.who().trim();
            if (PlanDraft.ALL.equalsIgnoreCase(who)) {
                rows.add(new Plan.Responsibility(Plan.Responsible.ALL_MUNICIPALITIES, null, null, row.task().trim()));
            } else if (PlanDraft.FOU.equalsIgnoreCase(who)) {
                rows.add(new Plan.Responsibility(Plan.Responsible.FOU, null, null, row.task().trim()));
            } else {
                Optional<Municipality> municipality = regionService.municipalityByCode(who);
                if (municipality.isEmpty()) {
                    problems.add(messages.get("plan.error.who", who));
                } else {
                    rows.add(new Plan.Responsibility(Plan.Responsible.MUNICIPALITY, municipality.get().id(),
                            municipality.get().name(), row.task().trim()));
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(messages.get("plan.error.noResponsibility"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Plan(draft.startsOn(), draft.endsOn(), milestones, rows);
    }
}
