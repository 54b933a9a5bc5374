package se.fou.oj.followup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;

/**
 * Three years of fixed data in an area of its own, the improvement area decided in the middle year (2019) on EB13,
 * EB02 and EB01. Municipalities in the file's order: Ekerö, Järfälla, Sigtuna, Sollentuna, Solna, Sundbyberg,
 * Upplands-Bro, Upplands Väsby.
 * <ul>
 *   <li>EB13 (Primärvård): 2018 the shared file, JA for Sigtuna, Sundbyberg, Upplands-Bro: 3 of 8 = 37,5 %; 2019 Ekerö
 *   too: 4 of 8 = 50 %; 2020 Järfälla too: 5 of 8 = 62,5 %.</li>
 *   <li>EB02 (väntetid): 2018 and 2019 NEJ for Ekerö, DELVIS for Upplands Väsby (not counted): 6 of 8 = 75 %; 2020
 *   Järfälla NEJ too: 5 of 8 = 62,5 %.</li>
 *   <li>EB01 (socialjour): JA everywhere every year: 100 %.</li>
 * </ul>
 * Stockholm and Riket are the file's every year (EB13: 21 and 27).
 */
public final class TrendFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String EB13_2018 = "mellan Primärvård och Ekonomiskt bistånd;NEJ;NEJ;JA;";

    public record ThreeYears(Cycle y2018, Cycle y2019, Cycle y2020, DevelopmentArea area) {
    }

    private TrendFixture() {
    }

    public static ThreeYears threeYears(RegionService regionService, CycleService cycleService,
                                        ResultsService resultsService, AnalysisFixture analysis) {
        ThreeYears years = SystemActor.call(() -> {
            Area area = regionService.saveArea(null, "Trend " + SEQUENCE.incrementAndGet(), true);
            Cycle y2018 = cycleService.createCycle(area.id(), 2018);
            Cycle y2019 = cycleService.createCycle(area.id(), 2019);
            Cycle y2020 = cycleService.createCycle(area.id(), 2020);
            String csv = TestData.ojCsv(area.name());
            resultsService.importResults(y2018.id(), "2018.csv", csv.getBytes(StandardCharsets.UTF_8), false);
            resultsService.importResults(y2019.id(), "2019.csv", file2019(csv).getBytes(StandardCharsets.UTF_8), false);
            resultsService.importResults(y2020.id(), "2020.csv", file2020(csv).getBytes(StandardCharsets.UTF_8), false);
            return new ThreeYears(y2018, y2019, y2020, null);
        });
        DevelopmentArea area = analysis.decidedArea(years.y2019(), List.of("EB13", "EB02", "EB01"),
                List.of(new Plan.Milestone(LocalDate.of(2020, 6, 30), "Överenskommelser klara")));
        return new ThreeYears(years.y2018(), years.y2019(), years.y2020(), area);
    }

    static String file2019(String csv) {
        return csv.replace(EB13_2018, "mellan Primärvård och Ekonomiskt bistånd;JA;NEJ;JA;");
    }

    static String file2020(String csv) {
        return csv.replace(EB13_2018, "mellan Primärvård och Ekonomiskt bistånd;JA;JA;JA;")
                .replace("max 14 dagar;NEJ;JA;", "max 14 dagar;NEJ;NEJ;");
    }
}
