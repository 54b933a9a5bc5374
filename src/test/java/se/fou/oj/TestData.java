package se.fou.oj;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ClassPathResource;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;

/** Fixtures: fresh cycles in their own area, and the shared ÖJ file as CSV or XLSX. */
@TestComponent
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RegionService regionService;
    private final CycleService cycleService;
    private final ResultsService resultsService;

    public TestData(RegionService regionService, CycleService cycleService, ResultsService resultsService) {
        this.regionService = regionService;
        this.cycleService = cycleService;
        this.resultsService = resultsService;
    }

    /** Two unpublished cycles of one new area, each with results. */
    public record TwoYears(Cycle earlier, Cycle later) {
    }

    /**
     * 2018 with the shared file and 2017 with a few answers changed: Ekerö fulfilled EB02 in 2017 (worse in 2018),
     * Sigtuna did not fulfil EB13 (better in 2018); EB02's average falls from 87,5 % to 75 %, EB13's rises from 25 %
     * to 37,5 %; everything else is unchanged.
     */
    public TwoYears twoYears() {
        return SystemActor.call(() -> {
            Area area = regionService.saveArea(null, "Flera år " + SEQUENCE.incrementAndGet(), true);
            Cycle earlier = cycleService.createCycle(area.id(), 2017);
            Cycle later = cycleService.createCycle(area.id(), 2018);
            String csv = ojCsv(area.name());
            String earlierCsv = csv.replace("max 14 dagar;NEJ;", "max 14 dagar;JA;")
                    .replace("mellan Primärvård och Ekonomiskt bistånd;NEJ;NEJ;JA;",
                            "mellan Primärvård och Ekonomiskt bistånd;NEJ;NEJ;NEJ;");
            resultsService.importResults(earlier.id(), "2017.csv", earlierCsv.getBytes(StandardCharsets.UTF_8), false);
            resultsService.importResults(later.id(), "2018.csv", csv.getBytes(StandardCharsets.UTF_8), false);
            return new TwoYears(earlier, later);
        });
    }

    /** A new, empty cycle in an area of its own, so tests never share state. */
    public Cycle newCycle() {
        return SystemActor.call(() -> {
            Area area = regionService.saveArea(null, "Testområde " + SEQUENCE.incrementAndGet(), true);
            return cycleService.createCycle(area.id(), 2019);
        });
    }

    /** The demo cycle Ekonomiskt bistånd 2018. */
    public Cycle demoCycle() {
        return SystemActor.call(() -> cycleService.cycles().stream()
                .filter(c -> c.areaName().equals("Ekonomiskt bistånd") && c.year() == 2018).findFirst().orElseThrow());
    }

    /** The shared ÖJ 2018 file with its area column set to the given area. */
    public static String ojCsv(String areaName) {
        try (InputStream in = new ClassPathResource("demo/oj-2018-ekonomiskt-bistand.csv").getInputStream()) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return csv.replace("\nEkonomiskt bistånd;", "\n" + areaName + ";");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] ojCsvBytes(String areaName) {
        return ojCsv(areaName).getBytes(StandardCharsets.UTF_8);
    }

    /** The same content as an XLSX workbook, percentages as numeric cells, as Excel would save it. */
    public static byte[] ojXlsx(String areaName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Resultat");
            String[] lines = ojCsv(areaName).split("\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    String value = cells[c].trim();
                    if (r > 0 && c >= cells.length - 2 && value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
