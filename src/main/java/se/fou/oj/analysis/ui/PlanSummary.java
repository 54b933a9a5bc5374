package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.analysis.Plan;

/**
 * A plan as read on screen: the period, the milestones with dates and who is responsible for what. Rows that concern
 * the reader's own municipality (its own and those of all municipalities) are marked, so a contact sees their part.
 */
@NamedInterface("ui")
public class PlanSummary extends Div {

    public PlanSummary(Plan plan, Long ownMunicipalityId) {
        this(plan, ownMunicipalityId, true);
    }

    /** @param withMilestones false where the milestones are shown with their progress instead (the follow-up) */
    public PlanSummary(Plan plan, Long ownMunicipalityId, boolean withMilestones) {
        addClassName("plan-summary");
        if (plan.startsOn() == null && plan.responsibilities().isEmpty() && plan.milestones().isEmpty()) {
            Span none = new Span(getTranslation("plan.none"));
            none.addClassName("muted");
            add(none);
            return;
        }
        if (plan.startsOn() != null && plan.endsOn() != null) {
            add(new Paragraph(getTranslation("plan.period", plan.startsOn().toString(), plan.endsOn().toString())));
        }
        if (withMilestones && !plan.milestones().isEmpty()) {
            UnorderedList milestones = new UnorderedList();
            milestones.addClassName("plan-milestones");
            plan.milestones().forEach(m -> milestones.add(new ListItem(m.dueOn() + " " + m.title())));
            add(new Span(getTranslation("plan.milestones")), milestones);
        }
        if (!plan.responsibilities().isEmpty()) {
            UnorderedList rows = new UnorderedList();
            rows.addClassName("plan-responsibilities");
            for (Plan.Responsibility row : plan.responsibilities()) {
                String who = switch (row.responsible()) {
                    case MUNICIPALITY -> row.municipalityName();
                    case ALL_MUNICIPALITIES -> getTranslation("plan.who.all");
                    case FOU -> getTranslation("plan.who.fou");
                };
                ListItem item = new ListItem(who + ": " + row.task());
                if (ownMunicipalityId != null && row.concerns(ownMunicipalityId)) {
                    Span mine = new Span(getTranslation("plan.yours"));
                    mine.addClassNames("badge", "badge-info");
                    item.add(new Span(" "), mine);
                    item.addClassName("own-responsibility");
                }
                rows.add(item);
            }
            add(new Span(getTranslation("plan.responsibilities")), rows);
        }
    }
}
