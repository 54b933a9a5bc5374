package se.fou.oj.decision.ui;

import com.vaadin.flow.component.html.Paragraph;
import se.fou.oj.decision.ProposalDecision;

/** The social chiefs' sending back of an area, on top of its card in FoU's next draft of the analysis. */
class SentBackNotice extends Paragraph {

    SentBackNotice(long developmentAreaId, ProposalDecision sentBack) {
        setText(getTranslation("decision.sentBackBy", sentBack.recordedBy(), sentBack.decidedAt().toLocalDate().toString(),
                sentBack.comment() == null ? "" : sentBack.comment()));
        setId("sent-back-" + developmentAreaId);
        addClassName("warning-box");
    }
}
