package se.fou.oj.submission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ui.LocalDraftBackup;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.StatisticsTable.Cell;

/**
 * The statistics table of a submission: counts are typed, shares are computed beside them; a breakdown that does not
 * sum to the row's total is pointed out and asks for an explanation, and the figures stay as entered.
 */
class StatisticsForm extends VerticalLayout {

    private final StatisticsTable table;
    private final Map<Cell, Integer> counts;
    private final Map<Cell, Span> shares = new HashMap<>();
    private final UnorderedList mismatches = new UnorderedList();
    private LocalDraftBackup explanationBackup;

    /** @param draftKey the browser key of the explanation's backup; null when the form is read-only */
    StatisticsForm(StatisticsTable table, Map<Cell, Integer> stored, String explanation, String draftKey,
                   BiConsumer<Map<Cell, Integer>, String> save) {
        boolean writable = draftKey != null;
        this.table = table;
        this.counts = new HashMap<>(stored);
        setPadding(false);
        setId("statistics");
        NativeTable grid = new NativeTable();
        grid.addClassName("statistics-table");
        NativeTableRow breakdownRow = new NativeTableRow();
        NativeTableRow categoryRow = new NativeTableRow();
        breakdownRow.add(new NativeTableHeaderCell(""));
        categoryRow.add(new NativeTableHeaderCell(getTranslation("submission.statistics.row")));
        table.breakdowns().forEach((breakdown, categories) -> {
            NativeTableHeaderCell head = new NativeTableHeaderCell(breakdown);
            head.getElement().setAttribute("colspan", String.valueOf(categories.size()));
            breakdownRow.add(head);
            categories.forEach(c -> categoryRow.add(new NativeTableHeaderCell(c)));
        });
        NativeTableHeader header = new NativeTableHeader();
        header.add(breakdownRow, categoryRow);
        NativeTableBody body = new NativeTableBody();
        for (String row : table.rows()) {
            NativeTableRow line = new NativeTableRow();
            line.add(new NativeTableHeaderCell(row + " " + table.rowLabels().getOrDefault(row, "")));
            table.breakdowns().forEach((breakdown, categories) -> categories.forEach(category -> {
                Cell cell = new Cell(row, breakdown, category);
                IntegerField field = new IntegerField();
                field.setId("count-" + row + "-" + breakdown + "-" + category);
                field.setWidth("5rem");
                // The table's headers are not the field's label for a screen reader: name the cell in words
                field.setAriaLabel(row + " " + table.rowLabels().getOrDefault(row, "") + ", " + breakdown + ": " + category);
                field.setMin(0);
                field.setValue(counts.get(cell));
                field.setReadOnly(!writable);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        counts.put(cell, e.getValue());
                        refreshComputed();
                        Map<Cell, Integer> changed = new HashMap<>();
                        changed.put(cell, e.getValue());
                        save.accept(changed, null);
                    }
                });
                Span share = new Span();
                share.addClassName("muted");
                shares.put(cell, share);
                NativeTableCell td = new NativeTableCell(field, new Div(share));
                line.add(td);
            }));
            body.add(line);
        }
        grid.add(header, body);
        mismatches.setId("statistics-mismatches");
        mismatches.addClassName("warning");
        TextArea explain = new TextArea(getTranslation("submission.statistics.explanation"));
        explain.setMaxLength(TextLimit.TEXT.max());
        explain.setId("statistics-explanation");
        explain.setWidthFull();
        explain.setValue(explanation == null ? "" : explanation);
        explain.setReadOnly(!writable);
        explain.setValueChangeMode(ValueChangeMode.LAZY);
        explain.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.accept(Map.of(), e.getValue());
            }
        });
        Span note = new Span(getTranslation("submission.statistics.note") + " "
                + getTranslation("submission.statistics.shareRule"));
        note.addClassName("muted");
        add(grid, note, mismatches);
        if (writable) {
            explanationBackup = new LocalDraftBackup(explain, draftKey, () -> save.accept(Map.of(), explain.getValue()));
            add(explanationBackup);
        }
        add(explain);
        refreshComputed();
    }

    /** The server saved this explanation; the browser's copy of it can go. */
    void explanationSaved(String explanation) {
        if (explanationBackup != null) {
            explanationBackup.saved(explanation);
        }
    }

    private void refreshComputed() {
        shares.forEach((cell, span) -> span.setText(table.share(counts, cell)));
        mismatches.removeAll();
        List<StatisticsTable.Mismatch> found = table.mismatches(counts);
        found.forEach(m -> mismatches.add(new ListItem(getTranslation("submission.statistics.mismatch", m.row(), m.breakdown(),
                m.sum(), m.total()))));
        mismatches.setVisible(!found.isEmpty());
    }
}
