package se.fou.oj.actionplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import se.fou.oj.actionplan.AreaProgress;
import se.fou.oj.actionplan.Progress;

/**
 * How far each municipality has come, a bar beside the words ("1 av 3 klara – 33,3 %", "1 försenade"), then the
 * region's share (each municipality counted once) and who is left out of it for having nothing to count.
 */
class ProgressPanel extends Div {

    ProgressPanel(AreaProgress progress) {
        setId("action-plan-progress");
        addClassName("action-plan-progress");
        for (AreaProgress.MunicipalityProgress m : progress.municipalities()) {
            add(row("progress-" + m.municipalityId(), m.municipalityName(), m.progress()));
        }
        add(row("progress-region-plan", getTranslation("actionPlan.regionPlan"), progress.regionPlan()));
        Paragraph region = new Paragraph(getTranslation("actionPlan.progress.region", progress.regionDisplay()));
        region.setId("progress-region");
        add(region);
        if (!progress.leftOut().isEmpty()) {
            Paragraph leftOut = new Paragraph(getTranslation("actionPlan.progress.leftOut", String.join(", ", progress.leftOut())));
            leftOut.setId("progress-left-out");
            leftOut.addClassName("muted");
            add(leftOut);
        }
    }

    private Div row(String id, String name, Progress progress) {
        Div row = new Div();
        row.setId(id);
        row.addClassName("progress-row");
        Span label = new Span(name);
        label.addClassName("progress-name");
        ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
        bar.getElement().setAttribute("aria-label", name);
        bar.setWidth("12rem");
        String words = progress.counted() == 0 ? getTranslation("actionPlan.progress.none")
                : getTranslation("actionPlan.progress.words", progress.done(), progress.counted(), progress.display());
        Span text = new Span(words);
        text.addClassName("progress-words");
        row.add(label, bar, text);
        if (progress.overdue() > 0) {
            Span overdue = new Span(getTranslation("actionPlan.progress.overdue", progress.overdue()));
            overdue.addClassNames("badge", "badge-warning");
            row.add(new Span(" "), overdue);
        }
        return row;
    }
}
