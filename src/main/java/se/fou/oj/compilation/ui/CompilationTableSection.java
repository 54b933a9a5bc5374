package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.fou.oj.base.chart.BarChart;
import se.fou.oj.base.chart.ChartLayout;
import se.fou.oj.base.ui.ChartView;
import se.fou.oj.compilation.CompilationCharts;
import se.fou.oj.compilation.CompilationDraft;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.IndicatorSentence;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.interpretation.ui.InterpretationDialog;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultTable;

/** One results table in the compilation: its chart and the sentence for each indicator, which FoU may reword. */
class CompilationTableSection extends VerticalLayout {

    static final double CHART_WIDTH = 520;
    static final double CHART_HEIGHT = 170;

    CompilationTableSection(CompilationDraft draft, ResultTable table, int number, CompilationService service,
                            InterpretationService interpretations, Runnable onChanged) {
        setPadding(false);
        setId("compilation-table-" + number);
        addClassName("compilation-table");
        add(new H4(table.tableName()));
        BarChart chart = CompilationCharts.tableChart(draft.results(), table, getTranslation("compilation.chart.region"));
        if (!chart.categories().isEmpty()) {
            add(new ChartView("chart-" + number, chart, ChartLayout.groupedBars(chart, CHART_WIDTH, CHART_HEIGHT),
                    CHART_WIDTH, CHART_HEIGHT, getTranslation("compilation.chart.numbers")));
        }
        long cycleId = draft.results().cycle().id();
        for (IndicatorRow row : table.rows()) {
            IndicatorSentence sentence = draft.sentences().get(row.code());
            Paragraph text = new Paragraph();
            text.setId("sentence-" + row.code());
            text.addClassName("sentence");
            Button code = InterpretationDialog.codeButton(interpretations, cycleId, row.code(), row.text());
            code.addClassName("sentence-code");
            text.add(code, new Span(": " + sentence.effective()));
            HorizontalLayout line = new HorizontalLayout(text);
            line.setAlignItems(Alignment.BASELINE);
            line.setWidthFull();
            line.expand(text);
            if (sentence.isEdited()) {
                Span edited = new Span(getTranslation(sentence.flagged() ? "compilation.sentence.flagged" : "compilation.sentence.editedMark"));
                edited.setId("sentence-flag-" + row.code());
                edited.addClassNames("badge", sentence.flagged() ? "badge-warning" : "badge-info");
                line.add(edited);
            }
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> new SentenceForm(service, cycleId, sentence, onChanged).open());
            edit.setId("edit-sentence-" + row.code());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("compilation.sentence.edit", row.code()));
            line.add(edit);
            add(line);
        }
        add(new Div());
    }
}
