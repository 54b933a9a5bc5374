package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.fou.oj.submission.StatisticsTable.Cell;

/**
 * Shares computed from the shared data (orsakskoder-2015, Ekerö and Järfälla), checked against hand computation and,
 * cell by cell, against the shares the published 2016 report printed (orsakskoder-2015-shares.csv).
 */
class StatisticsTableTest {

    private final StatisticsTable table = StatisticsTable.causeCodes();

    private static Map<Cell, Integer> counts(String municipality) throws IOException {
        Map<Cell, Integer> counts = new HashMap<>();
        try (InputStream in = StatisticsTableTest.class.getResourceAsStream("/data/orsakskoder-2015.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].trim().split(";");
                if (cells[0].equals(municipality)) {
                    counts.put(new Cell(cells[4], cells[2], cells[3]), Integer.parseInt(cells[5]));
                }
            }
        }
        return counts;
    }

    @Test
    void ekeroSharesByHand() throws IOException {
        Map<Cell, Integer> ekero = counts("Ekerö");
        // Totals 7, 1, 23, 18, 1 = 50: 021 is 7/50 = 14 %, 022 is 1/50 = 2 %
        assertThat(table.share(ekero, new Cell("021", "Totalt", "Alla"))).isEqualTo("14 %");
        assertThat(table.share(ekero, new Cell("022", "Totalt", "Alla"))).isEqualTo("2 %");
        assertThat(table.share(ekero, new Cell("023", "Totalt", "Alla"))).isEqualTo("46 %");
        // A share of its column, as the report prints it: men of 021 are 3 of 19 men = 15.8 → 16 % (not 3 of 7),
        // women of 021 are 4 of 31 women = 12.9 → 13 %
        assertThat(table.columnSum(ekero, "Kön", "Män")).isEqualTo(19);
        assertThat(table.share(ekero, new Cell("021", "Kön", "Män"))).isEqualTo("16 %");
        assertThat(table.share(ekero, new Cell("021", "Kön", "Kvinnor"))).isEqualTo("13 %");
        // A zero prints as a dash
        assertThat(table.share(ekero, new Cell("022", "Kön", "Män"))).isEqualTo("–");
        assertThat(table.mismatches(ekero)).isEmpty();
    }

    @Test
    void jarfallaSharesByHandAndARoundingZero() throws IOException {
        Map<Cell, Integer> jarfalla = counts("Järfälla");
        // Totals 9, 1, 159, 50, 4 = 223: 022 is 1/223 = 0.45 % → "<1 %"; 023 is 159/223 = 71.3 → 71 %
        assertThat(table.share(jarfalla, new Cell("022", "Totalt", "Alla"))).isEqualTo("<1 %");
        assertThat(table.share(jarfalla, new Cell("023", "Totalt", "Alla"))).isEqualTo("71 %");
        // 023 young: 65 of the 70 young clients = 92.9 → 93 %
        assertThat(table.columnSum(jarfalla, "Ålder", "Yngre än 29 år")).isEqualTo(70);
        assertThat(table.share(jarfalla, new Cell("023", "Ålder", "Yngre än 29 år"))).isEqualTo("93 %");
        assertThat(table.mismatches(jarfalla)).isEmpty();
    }

    @Test
    void aBreakdownThatDoesNotSumIsReportedAndKeptAsEntered() throws IOException {
        Map<Cell, Integer> ekero = counts("Ekerö");
        // As in a real submission where a breakdown counted unique cases only
        ekero.put(new Cell("023", "Kön", "Män"), 9);
        assertThat(table.mismatches(ekero)).containsExactly(new StatisticsTable.Mismatch("023", "Kön", 21, 23));
        assertThat(ekero.get(new Cell("023", "Kön", "Män"))).isEqualTo(9);
        // The men's column is now 3 + 0 + 9 + 5 + 0 = 17: 9 of 17 = 52.9 → 53 %
        assertThat(table.share(ekero, new Cell("023", "Kön", "Män"))).isEqualTo("53 %");
        assertThat(StatisticsTable.validCount(-1)).isFalse();
        assertThat(StatisticsTable.validCount(0)).isTrue();
    }

    @Test
    void everyShareIsTheOneThePublishedReportPrinted() throws IOException {
        Map<String, Map<Cell, Integer>> counts = Map.of("Ekerö", counts("Ekerö"), "Järfälla", counts("Järfälla"));
        List<String[]> printed = publishedShares();
        assertThat(printed).hasSize(70);
        for (String[] line : printed) {
            Cell cell = new Cell(line[3], line[1], line[2]);
            assertThat(counts.get(line[0]).get(cell)).as("count of %s %s", line[0], cell).isEqualTo(Integer.parseInt(line[4]));
            assertThat(table.share(counts.get(line[0]), cell)).as("share of %s %s", line[0], cell).isEqualTo(line[5]);
        }
    }

    /** municipality;breakdown;category;cause_code;clients;share as the report printed them. */
    static List<String[]> publishedShares() throws IOException {
        try (InputStream in = StatisticsTableTest.class.getResourceAsStream("/data/orsakskoder-2015-shares.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].trim().split(";"));
                }
            }
            return rows;
        }
    }
}
