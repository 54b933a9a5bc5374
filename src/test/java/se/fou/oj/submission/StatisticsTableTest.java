package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.fou.oj.submission.StatisticsTable.Cell;

/** Shares computed from the shared data (orsakskoder-2015, Ekerö and Järfälla), checked against hand computation. */
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
        // Men of 021: 3 of 7 = 42.9 → 43 %; women 4 of 7 = 57 %
        assertThat(table.share(ekero, new Cell("021", "Kön", "Män"))).isEqualTo("43 %");
        assertThat(table.share(ekero, new Cell("021", "Kön", "Kvinnor"))).isEqualTo("57 %");
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
        // 023 young: 65 of 159 = 40.9 → 41 %
        assertThat(table.share(jarfalla, new Cell("023", "Ålder", "Yngre än 29 år"))).isEqualTo("41 %");
        assertThat(table.mismatches(jarfalla)).isEmpty();
    }

    @Test
    void aBreakdownThatDoesNotSumIsReportedAndKeptAsEntered() throws IOException {
        Map<Cell, Integer> ekero = counts("Ekerö");
        // As in a real submission where a breakdown counted unique cases only
        ekero.put(new Cell("023", "Kön", "Män"), 9);
        assertThat(table.mismatches(ekero)).containsExactly(new StatisticsTable.Mismatch("023", "Kön", 21, 23));
        assertThat(ekero.get(new Cell("023", "Kön", "Män"))).isEqualTo(9);
        assertThat(table.share(ekero, new Cell("023", "Kön", "Män"))).isEqualTo("39 %");
        assertThat(StatisticsTable.validCount(-1)).isFalse();
        assertThat(StatisticsTable.validCount(0)).isTrue();
    }
}
