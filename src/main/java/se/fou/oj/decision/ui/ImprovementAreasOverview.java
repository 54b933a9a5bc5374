package se.fou.oj.decision.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.analysis.ui.PlanSummary;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.decision.Vote;

/**
 * The decided improvement areas for the start page: each with its plan, and for a municipality's users the rows they
 * are responsible for marked.
 */
@NamedInterface("ui")
public class ImprovementAreasOverview extends VerticalLayout {

    public ImprovementAreasOverview(List<ImprovementArea> areas, Long ownMunicipalityId) {
        setPadding(false);
        setId("improvement-areas");
        for (ImprovementArea area : areas) {
            Div card = new Div();
            card.addClassName("development-area");
            card.setId("improvement-area-" + area.developmentAreaId());
            card.add(new H4(area.title() + " · " + area.cycleTitle()));
            Paragraph decided = new Paragraph(getTranslation("decision.decidedOn", area.decision().decidedAt().toLocalDate().toString(),
                    area.decision().onBehalfOfGroup() ? getTranslation("decision.onBehalf", area.decision().recordedBy())
                            : getTranslation("decision.byApprovals", Vote.approvingMunicipalities(area.approvals()))));
            decided.addClassName("muted");
            Anchor followUp = new Anchor("improvement-areas/" + area.developmentAreaId() + "/follow-up",
                    getTranslation("followUp.open"));
            followUp.setId("open-follow-up-" + area.developmentAreaId());
            card.add(decided, new PlanSummary(area.plan(), ownMunicipalityId), followUp);
            add(card);
        }
    }
}
