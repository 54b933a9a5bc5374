package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Where the page sits: Startsida › Ekonomiskt bistånd 2018 › Möten › Resultatmöte. The separators are drawn by the
 * theme so that a screen reader reads only the steps; the last step is the page itself.
 */
public class Breadcrumb extends Nav {

    /** A step; {@code href} null for the current page. */
    public record Crumb(String text, String href) {
    }

    public Breadcrumb(List<Crumb> crumbs) {
        setId("breadcrumb");
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", getTranslation("breadcrumb.label"));
        OrderedList list = new OrderedList();
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb crumb = crumbs.get(i);
            boolean last = i == crumbs.size() - 1;
            if (last || crumb.href() == null) {
                Span here = new Span(crumb.text());
                if (last) {
                    here.getElement().setAttribute("aria-current", "page");
                }
                list.add(new ListItem(here));
            } else {
                Anchor link = new Anchor(crumb.href(), crumb.text());
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            }
        }
        add(list);
    }

    /** The crumbs as read, e.g. "Startsida › Ekonomiskt bistånd 2018 › Möten". */
    public String text() {
        return String.join(" › ", getChildren().findFirst().orElseThrow().getChildren()
                .map(item -> item.getElement().getTextRecursively()).toList());
    }
}
