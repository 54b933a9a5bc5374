package se.fou.oj.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;
import se.fou.oj.results.Answer;
import se.fou.oj.results.ComparisonValues;
import se.fou.oj.results.CountingRule;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.Direction;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultTable;

/**
 * One results table as the report prints it: an indicator per row, a column per municipality, the regional
 * average, Stockholm and Riket; under it the counting rule and which answers are missing.
 */
class ResultTableView extends VerticalLayout {

    ResultTableView(CycleResults results, ResultTable table, int tableNumber, List<ResultsPageExtension> extensions) {
        setPadding(false);
        setSpacing(false);
        addClassName("result-table");
        setId("result-table-" + tableNumber);
        add(new H4(table.tableName()));

        Grid<IndicatorRow> grid = new Grid<>();
        grid.setId("result-grid-" + tableNumber);
        grid.addClassName("result-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        // Widths chosen so that eight municipalities, the average, Stockholm and Riket fit a 1400 px screen; with a
        // previous year the change column's 5.5rem come from the indicator text and the comparison units
        // (81.7rem without, 83.2rem with; 84.4rem is the most a 1400 px window with a scrollbar shows)
        boolean withChange = results.wholeRegionVisible() && results.previousRegionVisible();
        // The code opens the indicator's agreed reading: one click from the figures
        grid.addComponentColumn(row -> codeCell(extensions, results.cycle().id(), row)).setHeader(getTranslation("results.code")).setKey("code")
                .setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(IndicatorRow::text).setHeader(getTranslation("results.indicator")).setKey("text")
                .setWidth(withChange ? "11rem" : "14rem").setFlexGrow(1);
        for (Municipality municipality : results.municipalities()) {
            grid.addComponentColumn(row -> answerCell(row, municipality))
                    .setHeader(municipality.name()).setKey("m-" + municipality.code())
                    .setTooltipGenerator(row -> answerTooltip(row, municipality))
                    .setWidth("5.8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER);
        }
        if (results.wholeRegionVisible()) {
            grid.addColumn(row -> row.average().display() + (row.average().missing() > 0 ? " *" : ""))
                    .setHeader(getTranslation("results.average")).setKey("average")
                    .setWidth("4.8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                    .setPartNameGenerator(r -> "average");
            if (withChange) {
                grid.addColumn(row -> row.change() == null ? "" : row.change().displayPercentagePoints())
                        .setHeader(getTranslation("results.change", String.valueOf(results.previousYear())))
                        .setKey("change").setWidth("5.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
            }
        }
        for (ComparisonUnit unit : results.comparisonUnits()) {
            grid.addColumn(row -> ComparisonValues.display(row.comparisons().get(unit.code())))
                    .setHeader(unit.name()).setKey("u-" + unit.code())
                    .setWidth(withChange ? "5.5rem" : "6rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        add(grid);

        if (results.wholeRegionVisible()) {
            Paragraph rule = new Paragraph(getTranslation(CountingRule.DESCRIPTION_KEY));
            rule.addClassName("counting-rule");
            add(rule);
            missingNote(results, table).ifPresent(this::add);
        }
        if (results.previousYear() != null) {
            // A contact who may not see the previous year's regional figures (this year or the previous one is not
            // published) gets a note that speaks of their own answers only
            String year = String.valueOf(results.previousYear());
            Paragraph change = new Paragraph(results.previousRegionVisible()
                    ? getTranslation("results.changeNote", year) : getTranslation("results.changeNote.own", year));
            change.setId("change-note-" + tableNumber);
            change.addClassName("change-note");
            add(change);
        }
    }

    private static Component codeCell(List<ResultsPageExtension> extensions, long cycleId, IndicatorRow row) {
        return extensions.stream().map(e -> e.codeCell(cycleId, row.code(), row.text())).flatMap(Optional::stream)
                .findFirst().orElseGet(() -> new Span(row.code()));
    }

    /** The answer, with an arrow when it moved since the previous year; the cell's tooltip says how. */
    private Span answerCell(IndicatorRow row, Municipality municipality) {
        Span badge = answerBadge(row.answerOf(municipality.id()));
        Direction direction = direction(row, municipality);
        if (direction == null || direction == Direction.UNCHANGED) {
            return badge;
        }
        Span arrow = new Span(direction.arrow());
        arrow.addClassNames("change-arrow", direction == Direction.BETTER ? "change-better" : "change-worse");
        // Read out instead of the arrow; no title, which would show a second tooltip over the grid's own
        arrow.getElement().setAttribute("aria-label", changeText(row, municipality, direction));
        Span cell = new Span(badge, arrow);
        cell.setId("change-" + row.code() + "-" + municipality.code());
        return cell;
    }

    /** "Ekerö: NEJ", and when the answer moved since the previous year "Ekerö: NEJ · Sämre än 2017: JA → NEJ". */
    private String answerTooltip(IndicatorRow row, Municipality municipality) {
        String answer = municipality.name() + ": " + row.answerOf(municipality.id()).display();
        Direction direction = direction(row, municipality);
        return direction == null || direction == Direction.UNCHANGED ? answer
                : answer + " · " + changeText(row, municipality, direction);
    }

    private static Direction direction(IndicatorRow row, Municipality municipality) {
        return row.change() == null ? null : row.change().byMunicipality().get(municipality.id());
    }

    /** "Bättre än 2017: NEJ → JA" */
    private String changeText(IndicatorRow row, Municipality municipality, Direction direction) {
        String year = String.valueOf(row.change().previousYear());
        String before = row.change().previousAnswers().get(municipality.id()).display();
        String now = row.answerOf(municipality.id()).display();
        return direction == Direction.BETTER ? getTranslation("results.change.better", year, before, now)
                : getTranslation("results.change.worse", year, before, now);
    }

    private static Span answerBadge(Answer answer) {
        Span badge = new Span(answer.isMissing() ? "–" : answer.display());
        String kind;
        if (answer.isMissing()) {
            kind = "missing";
        } else if (answer.word() == null) {
            kind = "number";
        } else if (CountingRule.isFulfilled(answer.word())) {
            kind = "fulfilled";
        } else if (answer.word().toUpperCase(Locale.ROOT).startsWith("DELVIS")) {
            kind = "partial";
        } else {
            kind = "not-fulfilled";
        }
        badge.addClassNames("answer", "answer-" + kind);
        return badge;
    }

    private Optional<Paragraph> missingNote(CycleResults results, ResultTable table) {
        List<String> notes = table.missingAnswers(results.municipalities());
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph(getTranslation("results.missingNote", String.join("; ", notes)));
        note.addClassName("missing-note");
        return Optional.of(note);
    }

}
