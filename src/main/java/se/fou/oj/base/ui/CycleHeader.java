package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.navigation.CycleLink;
import se.fou.oj.base.navigation.CycleSections;

/**
 * The top of every page of a cycle: the breadcrumb and the cycle's navigation. A page inside a section (a meeting, a
 * submission) names its section as current and adds its own title as the breadcrumb's last step.
 */
public class CycleHeader extends Div {

    public static final String CYCLE_HOME = "cycles/%d/results";

    /**
     * @param sectionKey the section the page belongs to, e.g. "meetings"
     * @param pageTitle  the page's own title inside the section, or null on the section's page itself
     */
    public CycleHeader(CycleSections sections, long cycleId, String cycleTitle, String sectionKey, String pageTitle) {
        addClassName("cycle-header");
        List<CycleLink> links = sections.visible(cycleId);
        List<Breadcrumb.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Breadcrumb.Crumb(getTranslation("nav.start"), "."));
        crumbs.add(new Breadcrumb.Crumb(cycleTitle, CYCLE_HOME.formatted(cycleId)));
        sections.section(sectionKey, cycleId).ifPresent(section -> crumbs.add(new Breadcrumb.Crumb(
                getTranslation(section.labelKey()), links.contains(section) ? section.href() : null)));
        if (pageTitle != null) {
            crumbs.add(new Breadcrumb.Crumb(pageTitle, null));
        }
        add(new Breadcrumb(crumbs), new CycleNavigation(links, sectionKey));
    }
}
