package se.fou.oj.cycle;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.CycleDirectory;

/** The side menu's cycles: those {@link CycleService#cycles()} lets the user see, newest year first. */
@Component
class CycleMenu implements CycleDirectory {

    private final CycleService cycleService;

    CycleMenu(CycleService cycleService) {
        this.cycleService = cycleService;
    }

    @Override
    public List<Entry> reachable() {
        return cycleService.cycles().stream()
                .sorted(Comparator.comparingInt(Cycle::year).reversed().thenComparing(Cycle::areaName))
                .map(c -> new Entry(c.id(), c.title(), "cycles/" + c.id() + "/results")).toList();
    }
}
