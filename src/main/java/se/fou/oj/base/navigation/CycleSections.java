package se.fou.oj.base.navigation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.CurrentUser;

/** The pages of a cycle that the current user may open, in the navigation's order. */
@Service
public class CycleSections {

    private final List<CycleSection> sections;

    CycleSections(List<CycleSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(CycleSection::order)).toList();
    }

    @Transactional(readOnly = true)
    public List<CycleLink> visible(long cycleId) {
        CurrentUser.require();
        return sections.stream().filter(s -> s.mayOpen(cycleId)).map(s -> link(s, cycleId)).toList();
    }

    /** The section by key whether or not the user may open it, for a breadcrumb's label and address. */
    public Optional<CycleLink> section(String key, long cycleId) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().map(s -> link(s, cycleId));
    }

    private static CycleLink link(CycleSection section, long cycleId) {
        return new CycleLink(section.key(), section.labelKey(), section.routeTemplate().formatted(cycleId));
    }
}
