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

/** Fixtures: fresh cycles in their own area, and the shared ÖJ file as CSV or XLSX. */
@TestComponent
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RegionService regionService;
    private final CycleService cycleService;

    public TestData(RegionService regionService, CycleService cycleService) {
        this.regionService = regionService;
        this.cycleService = cycleService;
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
