package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import se.fou.oj.base.navigation.CycleLink;

/** The same navigation on every page of a cycle: the pages the user may open, the current one marked. */
public class CycleNavigation extends Nav {

    public CycleNavigation(List<CycleLink> links, String currentKey) {
        setId("cycle-nav");
        addClassName("cycle-nav");
        getElement().setAttribute("aria-label", getTranslation("cycleNav.label"));
        UnorderedList list = new UnorderedList();
        for (CycleLink link : links) {
            Anchor entry = new Anchor(link.href(), getTranslation(link.labelKey()));
            entry.setId("cycle-nav-" + link.key());
            entry.addClassName("cycle-nav-entry");
            entry.getElement().setAttribute("router-link", true);
            if (link.key().equals(currentKey)) {
                entry.getElement().setAttribute("aria-current", "page");
                entry.addClassName("current");
            }
            list.add(new ListItem(entry));
        }
        add(list);
    }
}
