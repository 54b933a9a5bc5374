package se.fou.oj.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.chart.LineChart;
import se.fou.oj.base.chart.LineChartLayout;
import se.fou.oj.base.ui.ChartView;
import se.fou.oj.compilation.IndicatorSentence;
import se.fou.oj.compilation.ui.SentenceForm;
import se.fou.oj.followup.AreaTrend;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.IndicatorTrend;
import se.fou.oj.followup.TrendCharts;
import se.fou.oj.region.Municipality;

/**
 * "Did it move?": per indicator of the area its table over every year (each municipality and the regional average,
 * the decision's year marked), the line chart and the plain sentence, which FoU may reword; a rewording that no
 * longer agrees with the figures is flagged.
 */
public class TrendSection extends VerticalLayout {

    /** One row of an indicator's table: a municipality or the region, with its figure per year. */
    record Row(String name, List<String> values, boolean region) {
    }

    public TrendSection(AreaTrend trend, boolean mayEdit, FollowUpService service, Runnable onChanged) {
        setId("follow-up-trend");
        setPadding(false);
        add(new H3(getTranslation("followUp.trend")));
        Paragraph lead = new Paragraph(getTranslation("followUp.trend.lead", String.valueOf(trend.decidedYear())));
        lead.addClassName("muted");
        add(lead);
        if (trend.years().isEmpty()) {
            add(new Paragraph(getTranslation("followUp.trend.none")));
            return;
        }
        for (IndicatorTrend indicator : trend.indicators()) {
            add(new H4(indicator.code() + " " + indicator.text()));
            add(table(trend, indicator));
            LineChart chart = TrendCharts.chart(trend, indicator, getTranslation("compilation.chart.region"),
                    getTranslation("followUp.trend.decided"));
            add(new ChartView("trend-chart-" + indicator.code(), chart,
                    LineChartLayout.lines(chart, TrendCharts.WIDTH, TrendCharts.HEIGHT), TrendCharts.WIDTH,
                    TrendCharts.HEIGHT, getTranslation("followUp.trend.numbers")));
            add(sentence(trend.developmentAreaId(), indicator, mayEdit, service, onChanged));
        }
    }

    private Grid<Row> table(AreaTrend trend, IndicatorTrend indicator) {
        Grid<Row> grid = new Grid<>();
        grid.setId("follow-up-trend-" + indicator.code());
        grid.addClassName("trend-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Row::name).setHeader(getTranslation("followUp.trend.municipality")).setFlexGrow(2)
                .setPartNameGenerator(r -> r.region() ? "average" : null);
        List<IndicatorTrend.Year> years = indicator.years();
        for (int i = 0; i < years.size(); i++) {
            int index = i;
            IndicatorTrend.Year year = years.get(i);
            String header = year.decided() ? getTranslation("followUp.trend.decidedYear", String.valueOf(year.year()))
                    : String.valueOf(year.year());
            grid.addColumn(r -> r.values().get(index)).setHeader(header).setKey(String.valueOf(year.year()))
                    .setPartNameGenerator(r -> year.decided() ? "decided" : r.region() ? "average" : null);
        }
        List<Row> rows = new ArrayList<>();
        for (Municipality municipality : trend.municipalities()) {
            rows.add(new Row(municipality.name(), years.stream().map(y -> y.answerDisplay(municipality.id())).toList(), false));
        }
        rows.add(new Row(getTranslation("followUp.trend.regionAverage"),
                years.stream().map(IndicatorTrend.Year::averageDisplay).toList(), true));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout sentence(long areaId, IndicatorTrend indicator, boolean mayEdit, FollowUpService service,
                                      Runnable onChanged) {
        IndicatorSentence sentence = indicator.sentence();
        // FoU sees her own wording with its flag; the others see what is printed (the same as the PDF)
        Paragraph text = new Paragraph(mayEdit ? sentence.effective() : indicator.sentenceText());
        text.setId("trend-sentence-" + indicator.code());
        text.addClassName("sentence");
        HorizontalLayout line = new HorizontalLayout(text);
        line.setAlignItems(Alignment.BASELINE);
        line.setWidthFull();
        line.expand(text);
        if (sentence.isEdited()) {
            Span mark = new Span(getTranslation(sentence.flagged() ? "compilation.sentence.flagged"
                    : "compilation.sentence.editedMark"));
            mark.setId("trend-sentence-flag-" + indicator.code());
            mark.addClassNames("badge", sentence.flagged() ? "badge-warning" : "badge-info");
            line.add(mark);
        }
        if (mayEdit) {
            Button edit = new Button(VaadinIcon.EDIT.create(),
                    e -> new SentenceForm("trend-sentence", "followUp.trend.edit", "followUp.trend.text", sentence,
                            wording -> service.editTrendSentence(areaId, sentence.indicatorCode(), wording), onChanged).open());
            edit.setId("edit-trend-sentence-" + indicator.code());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("followUp.trend.edit", indicator.code()));
            line.add(edit);
        }
        return line;
    }
}
