package se.fou.oj.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.Area;
import se.fou.oj.results.ResultsService;

/**
 * The ÖJ surveys of Ekonomiskt bistånd after the 2018 cycle: the 2019 and 2020 cycles, each set up in January, its
 * results (made by {@link DemoResultsGenerator}) imported in February and the compilation published in March, so that
 * the improvement areas decided in 2018 have three years to follow. No meetings: their stage follows from the work
 * done (results imported).
 */
@Component
class DemoLaterYears {

    static final List<Integer> YEARS = List.of(2019, 2020);

    private final CycleService cycles;
    private final ResultsService results;
    private final CompilationService compilations;
    private final DemoTimeline timeline;

    DemoLaterYears(CycleService cycles, ResultsService results, CompilationService compilations, DemoTimeline timeline) {
        this.cycles = cycles;
        this.results = results;
        this.compilations = compilations;
        this.timeline = timeline;
    }

    /** Runs as the system user; returns the cycles, oldest first. */
    List<Cycle> load(Area economicAid) {
        List<Cycle> loaded = new ArrayList<>();
        for (int year : YEARS) {
            // Working days of the year: set up mid-January, imported late February, published early March
            Cycle cycle = timeline.at(LocalDateTime.of(year, 1, 14, 10, 0), () -> cycles.createCycle(economicAid.id(), year));
            timeline.at(LocalDateTime.of(year, 2, 25, 14, 0), () -> {
                results.importResults(cycle.id(), "oj-" + year + "-ekonomiskt-bistand.csv", DemoResultsGenerator.csv(year), false);
                compilations.saveTexts(cycle.id(), introduction(year), null);
            });
            timeline.at(LocalDateTime.of(year, 3, 5, 9, 0), () -> compilations.publish(cycle.id()));
            loaded.add(cycle);
        }
        return loaded;
    }

    static String introduction(int year) {
        return "Öppna jämförelser (ÖJ) för ekonomiskt bistånd " + year + " bygger på kommunernas svar på Socialstyrelsens "
                + "enkät. Sammanställningen visar hur kommunerna i FoU Nordväst har svarat, regionens snitt och jämförelsen "
                + "med året före, med Stockholm och med riket. Läs den gärna med förbättringsområdena från 2018 i tankarna: "
                + "samverkan kring klienter med ohälsa och genomförandeplaner tillsammans med den enskilde.";
    }
}
