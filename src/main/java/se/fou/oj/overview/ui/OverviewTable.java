package se.fou.oj.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * One section of the overview as a plain HTML table: a screen reader reads it by row and column, and on the meeting's
 * big screen it needs no scrolling inside a grid. A row's cells are texts or components (a link, a progress bar).
 */
class OverviewTable extends NativeTable {

    private final NativeTableBody body = new NativeTableBody();

    OverviewTable(String id, String... headers) {
        setId(id);
        addClassName("overview-table");
        NativeTableRow head = new NativeTableRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        add(header, body);
    }

    /** Adds a row with the given id; each cell a String or a Component. */
    void row(String id, Object... cells) {
        NativeTableRow row = new NativeTableRow();
        row.setId(id);
        for (Object cell : cells) {
            NativeTableCell td = new NativeTableCell();
            if (cell instanceof Component component) {
                td.add(component);
            } else if (cell != null) {
                td.add(new Text(cell.toString()));
            }
            row.add(td);
        }
        body.add(row);
    }

    /** A date or time as one unbreakable word: an ISO date wrapped at its hyphens reads as two figures. */
    static Component date(String text) {
        return date(new Span(text));
    }

    static Component date(Component component) {
        component.getElement().getClassList().add("date");
        return component;
    }

    boolean isEmpty() {
        return body.getChildren().findAny().isEmpty();
    }
}
