package se.fou.oj.benchmark;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.ResultsService;

/**
 * Prints the figures of BENCHMARKS.md; asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test}.
 * Not part of the normal test run (tag "benchmark").
 */
@Tag("benchmark")
class CompilationBenchmark extends IntegrationTest {

    private static final int RUNS = 20;

    @Autowired
    CompilationService compilationService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    RegionService regionService;

    @Autowired
    CycleService cycleService;

    @Test
    void compilationPdfOfTheDemoCycle() {
        long cycleId = testData.demoCycle().id();
        SystemActor.run(() -> {
            for (int i = 0; i < 5; i++) {
                compilationService.writeDraftPdf(cycleId, OutputStream.nullOutputStream());
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                compilationService.writeDraftPdf(cycleId, OutputStream.nullOutputStream());
                millis.add((System.nanoTime() - start) / 1e6);
            }
            report("Compilation PDF, demo cycle (8 municipalities × 35 indicators, 12 charts), warm, " + RUNS + " runs",
                    millis);
        });
    }

    @Autowired
    AnalysisReportService analysisService;

    /** The short analysis drawn from the data: the demo's three areas, answers, statistics, research and plans. */
    @Test
    void analysisPdfOfTheDemoCycle() {
        long cycleId = testData.demoCycle().id();
        SystemActor.run(() -> {
            long draftId = analysisService.startDraft(cycleId).id();
            for (int i = 0; i < 5; i++) {
                analysisService.writePdf(draftId, OutputStream.nullOutputStream());
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                analysisService.writePdf(draftId, OutputStream.nullOutputStream());
                millis.add((System.nanoTime() - start) / 1e6);
            }
            report("Short analysis PDF draft, demo cycle (3 areas, 1 request with statistics, 3 knowledge items), warm, "
                    + RUNS + " runs", millis);
        });
    }

    @Test
    void nationalImportAndResults() {
        int municipalities = 290;
        int indicators = 60;
        SystemActor.run(() -> {
            for (int m = 1; m <= municipalities; m++) {
                // Inactive, so that they join only the cycles they answered in, never the demo region
                regionService.saveMunicipality(null, String.format("%04d", 5000 + m), String.format("Kommun %03d", m), false);
            }
            String area = "Ekonomiskt bistånd";
            StringBuilder csv = new StringBuilder("area;group;table;code;indicator");
            for (int m = 1; m <= municipalities; m++) {
                csv.append(';').append(String.format("Kommun %03d", m));
            }
            csv.append(";Stockholm;Riket\n");
            String[] words = {"JA", "NEJ", "DELVIS", "JA, MED VISSA", "NEJ"};
            for (int i = 1; i <= indicators; i++) {
                csv.append(area).append(";Kapitel ").append(1 + i / 10).append(";Tabell ").append(1 + i / 5)
                        .append(";NB").append(String.format("%02d", i)).append(";Indikator nummer ").append(i);
                for (int m = 1; m <= municipalities; m++) {
                    csv.append(';').append(words[(i * 7 + m * 13) % words.length]);
                }
                csv.append(';').append((i * 11) % 101).append(';').append((i * 17) % 101).append('\n');
            }
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
            List<Double> importMillis = new ArrayList<>();
            List<Double> resultsMillis = new ArrayList<>();
            var areaId = regionService.areas().stream().filter(a -> a.name().equals(area)).findFirst().orElseThrow().id();
            for (int run = 0; run < 5; run++) {
                Cycle cycle = cycleService.createCycle(areaId, 2030 + run);
                long start = System.nanoTime();
                resultsService.importResults(cycle.id(), "riket.csv", file, false);
                importMillis.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                CycleResults results = resultsService.results(cycle.id());
                resultsMillis.add((System.nanoTime() - start) / 1e6);
                if (results.indicatorCount() != indicators) {
                    throw new IllegalStateException("imported " + results.indicatorCount());
                }
            }
            report("National import, " + municipalities + " municipalities × " + indicators + " indicators (CSV "
                    + file.length / 1024 + " KB), 5 runs", importMillis);
            report("Results with regional averages for the same cycle, 5 runs", resultsMillis);
        });
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf(Locale.ROOT, "BENCHMARK %s: median %.1f ms, worst %.1f ms, best %.1f ms%n", what, median,
                sorted.get(sorted.size() - 1), sorted.get(0));
    }
}
