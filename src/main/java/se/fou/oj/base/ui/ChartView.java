package se.fou.oj.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import se.fou.oj.base.chart.ChartData;
import se.fou.oj.base.chart.ChartShape;
import se.fou.oj.base.chart.SvgChartRenderer;

/**
 * A chart on screen, drawn from the same primitives as in the PDF, with its numbers as a table underneath (folded
 * away, and read by screen readers) so that nobody depends on seeing the bars.
 */
public class ChartView extends VerticalLayout {

    public ChartView(String id, ChartData chart, List<ChartShape> shapes, double width, double height, String dataLabel) {
        setId(id);
        setPadding(false);
        setSpacing(false);
        addClassName("chart");
        // One figure named by its title: the drawing (an image with the same name) and the table of its numbers
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", chart.title());
        setWidthFull();
        Div svg = new Div();
        svg.setId(id + "-svg");
        svg.addClassName("chart-svg");
        svg.setWidthFull();
        svg.getElement().setProperty("innerHTML", SvgChartRenderer.render(shapes, width, height, chart.title()));
        Details numbers = new Details(dataLabel, dataTable(chart));
        numbers.setId(id + "-data");
        add(svg, numbers);
    }

    private static NativeTable dataTable(ChartData chart) {
        NativeTable table = new NativeTable();
        table.addClassName("chart-data");
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(""));
        chart.seriesNames().forEach(s -> head.add(new NativeTableHeaderCell(s)));
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        for (int c = 0; c < chart.categories().size(); c++) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableHeaderCell(chart.categories().get(c)));
            for (int s = 0; s < chart.seriesNames().size(); s++) {
                row.add(new NativeTableCell(chart.display(s, c)));
            }
            body.add(row);
        }
        table.add(header, body);
        return table;
    }
}
