package se.fou.oj.followup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import se.fou.oj.followup.StatisticsComparison;
import se.fou.oj.followup.StatisticsComparisonTexts;

/**
 * A follow-up's statistics beside the original request's, on the follow-up's card: a row per municipality and compared
 * table row, a column per compared category with "before → now"; under it what could not be compared and why figures
 * may be missing for this reader.
 */
class StatisticsComparisonGrid extends Div {

    StatisticsComparisonGrid(long followUpId, StatisticsComparison comparison) {
        setId("follow-up-statistics-" + followUpId);
        StatisticsComparisonTexts.Texts texts = this::getTranslation;
        add(new H4(getTranslation("followUp.statistics.heading")));
        Paragraph lead = new Paragraph(StatisticsComparisonTexts.lead(comparison, texts));
        lead.setId("follow-up-statistics-lead-" + followUpId);
        add(lead);
        if (comparison.comparable() && !comparison.lines().isEmpty()) {
            Grid<StatisticsComparison.Line> grid = new Grid<>();
            grid.setId("follow-up-statistics-grid-" + followUpId);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.addColumn(StatisticsComparison.Line::municipality).setHeader(getTranslation("followUp.statistics.municipality"))
                    .setWidth("8rem").setFlexGrow(0);
            grid.addColumn(l -> (l.row() + " " + comparison.rowLabels().getOrDefault(l.row(), "")).trim())
                    .setHeader(getTranslation("followUp.statistics.row")).setFlexGrow(2);
            List<StatisticsComparison.Column> columns = comparison.columns();
            for (int i = 0; i < columns.size(); i++) {
                int index = i;
                grid.addColumn(l -> StatisticsComparisonTexts.pair(l.pairs().get(index), texts))
                        .setHeader(columns.get(i).label()).setFlexGrow(1);
            }
            grid.setItems(comparison.lines());
            grid.setAllRowsVisible(true);
            add(grid);
        }
        List<String> notComparable = StatisticsComparisonTexts.notComparable(comparison, texts);
        if (!notComparable.isEmpty()) {
            Paragraph notes = new Paragraph(String.join(" ", notComparable));
            notes.setId("follow-up-statistics-not-comparable-" + followUpId);
            notes.addClassName("muted");
            add(notes);
        }
        List<String> visibility = StatisticsComparisonTexts.visibility(comparison, texts);
        if (!visibility.isEmpty()) {
            Paragraph notes = new Paragraph(String.join(" ", visibility));
            notes.setId("follow-up-statistics-visibility-" + followUpId);
            notes.addClassName("muted");
            add(notes);
        }
    }
}
