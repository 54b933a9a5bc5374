package se.fou.oj.followup.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import se.fou.oj.base.TextLimit;
import se.fou.oj.submission.StatisticsTable;

/**
 * The statistics table of a new follow-up's request, written as any request's. When the area's original request had a
 * table the follow-up starts from that table, ticked, so that the same rows can be compared; otherwise it starts from
 * the cause-code example, unticked.
 */
class FollowUpStatisticsFields extends Div {

    private final Checkbox withStatistics = new Checkbox(getTranslation("request.statistics"));
    private final TextArea rowsField = new TextArea(getTranslation("request.statistics.rows"));
    private final TextArea breakdownsField = new TextArea(getTranslation("request.statistics.breakdowns"));

    FollowUpStatisticsFields(StatisticsTable originalTable) {
        withStatistics.setId("follow-up-with-statistics");
        rowsField.setId("follow-up-statistics-rows");
        rowsField.setMaxLength(TextLimit.TEXT.max());
        rowsField.setWidthFull();
        rowsField.setHelperText(getTranslation("request.statistics.rows.help"));
        breakdownsField.setId("follow-up-statistics-breakdowns");
        breakdownsField.setMaxLength(TextLimit.TEXT.max());
        breakdownsField.setWidthFull();
        breakdownsField.setHelperText(getTranslation("request.statistics.breakdowns.help"));
        StatisticsTable start = originalTable == null ? StatisticsTable.causeCodes() : originalTable;
        rowsField.setValue(start.rowsText());
        breakdownsField.setValue(start.breakdownsText());
        withStatistics.setValue(originalTable != null);
        if (originalTable != null) {
            withStatistics.setHelperText(getTranslation("followUp.statistics.fromOriginal"));
        }
        show(originalTable != null);
        withStatistics.addValueChangeListener(e -> show(e.getValue()));
        add(withStatistics, rowsField, breakdownsField);
    }

    private void show(boolean visible) {
        rowsField.setVisible(visible);
        breakdownsField.setVisible(visible);
    }

    /** The rows as written, or null for a request without a table. */
    String rows() {
        return withStatistics.getValue() ? rowsField.getValue() : null;
    }

    String breakdowns() {
        return withStatistics.getValue() ? breakdownsField.getValue() : null;
    }
}
