package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.fou.oj.base.TextLimit;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.knowledge.KnowledgeLink;
import se.fou.oj.results.IndicatorRow;

/**
 * One chosen development area in FoU's draft: the indicators behind it with their figures, the knowledge attached to
 * it, and whether it is proposed as an improvement area (motivation and plan). A sending back from the social chiefs
 * is shown on top, so FoU revises with the comment in view.
 */
class AreaProposalCard extends Div {

    AreaProposalCard(DevelopmentArea area, AnalysisReport draft, List<KnowledgeLink> knowledge,
                     Map<String, IndicatorRow> indicators, List<Component> onTop, AnalysisActions actions) {
        addClassName("development-area");
        setId("analysis-area-" + area.id());
        add(new H4(area.title()));
        // What other modules show on top, e.g. the social chiefs' sending back, so FoU revises with it in view
        onTop.forEach(this::add);
        add(new Paragraph(getTranslation("developmentArea.need") + ": " + area.need()));
        String figures = String.join("; ", area.indicatorCodes().stream().map(code -> {
            IndicatorRow row = indicators.get(code);
            return row == null ? code : code + " " + row.text() + (row.average() == null ? "" : " – " + row.average().display());
        }).toList());
        Paragraph indicatorLine = new Paragraph(getTranslation("developmentArea.indicators") + ": " + figures);
        indicatorLine.addClassName("muted");
        add(indicatorLine);

        add(new H5(getTranslation("analysis.research")));
        UnorderedList links = new UnorderedList();
        links.setId("knowledge-of-" + area.id());
        for (KnowledgeLink link : knowledge) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> actions.unlink(link.id()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.setId("unlink-" + link.id());
            links.add(new ListItem(new Span(link.item().citation() + ": " + link.item().title() + " – " + link.relevance()), remove));
        }
        if (knowledge.isEmpty()) {
            links.add(new ListItem(getTranslation("analysis.noKnowledge")));
        }
        Button link = new Button(getTranslation("knowledge.linkButton"), VaadinIcon.BOOK.create(), e -> actions.linkKnowledge(area));
        link.setId("link-knowledge-" + area.id());
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(links, link);

        add(new H5(getTranslation("analysis.proposal")));
        Optional<Proposal> proposal = draft.proposalFor(area.id());
        TextArea motivation = new TextArea(getTranslation("analysis.motivation"));
        motivation.setMaxLength(TextLimit.TEXT.max());
        motivation.setId("motivation-" + area.id());
        motivation.setWidthFull();
        motivation.setPlaceholder(getTranslation("analysis.motivation.placeholder"));
        proposal.ifPresent(p -> motivation.setValue(p.motivation()));
        Button propose = new Button(getTranslation(proposal.isPresent() ? "analysis.saveMotivation" : "analysis.propose"), e -> {
            try {
                actions.propose(area.id(), motivation.getValue());
            } catch (ValidationException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        propose.setId("propose-" + area.id());
        propose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(propose);
        add(motivation);
        if (proposal.isPresent()) {
            Button plan = new Button(getTranslation("plan.edit"), VaadinIcon.CALENDAR.create(), e -> actions.editPlan(proposal.get()));
            plan.setId("plan-" + area.id());
            plan.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button withdraw = new Button(getTranslation("analysis.withdraw"), e -> actions.withdraw(area.id()));
            withdraw.setId("withdraw-" + area.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(plan, withdraw);
            add(new PlanSummary(proposal.get().plan(), null));
        }
        add(buttons);
    }

    /** What the card asks the view to do; the view talks to the services and redraws. */
    interface AnalysisActions {
        void propose(long developmentAreaId, String motivation);

        void withdraw(long developmentAreaId);

        void editPlan(Proposal proposal);

        void linkKnowledge(DevelopmentArea area);

        void unlink(long linkId);
    }
}
