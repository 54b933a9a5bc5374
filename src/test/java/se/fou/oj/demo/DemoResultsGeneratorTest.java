package se.fou.oj.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.fou.oj.results.Percent;

/**
 * The generated 2019 and 2020 results: the same on every run, most answers as the year before with a few moving both
 * ways, and the story of the improvement areas as the demo tells it.
 */
class DemoResultsGeneratorTest {

    private static final int FIRST_MUNICIPALITY = 5;
    private static final int MUNICIPALITIES = 8;

    private static String year(int year) {
        return new String(DemoResultsGenerator.csv(year), StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.split("\\R")) {
            rows.add(line.split(";", -1));
        }
        return rows;
    }

    private static String[] row(String csv, String code) {
        return rows(csv).stream().filter(r -> r[3].equals(code)).findFirst().orElseThrow();
    }

    private static int ja(String csv, String code) {
        String[] row = row(csv, code);
        int ja = 0;
        for (int c = FIRST_MUNICIPALITY; c < FIRST_MUNICIPALITY + MUNICIPALITIES; c++) {
            ja += row[c].equals("JA") ? 1 : 0;
        }
        return ja;
    }

    private static String jaShare(String csv, String code) {
        return Percent.display(Percent.share(ja(csv, code), MUNICIPALITIES));
    }

    @Test
    void theSameFilesOnEveryRunAnd2018IsThePublishedFile() throws Exception {
        assertThat(year(2019)).isEqualTo(year(2019)).isNotEqualTo(year(2018));
        assertThat(year(2020)).isEqualTo(year(2020)).isNotEqualTo(year(2019));
        String published = new String(new org.springframework.core.io.ClassPathResource(DemoResultsGenerator.SOURCE)
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(rows(year(2018))).usingRecursiveComparison().isEqualTo(rows(published.strip()));
    }

    @Test
    void theImprovementAreaIndicatorsTellTheStory() {
        // Agreements with primary care, the decided area's indicator: 3 → 4 → 5 of 8
        assertThat(List.of(ja(year(2018), "EB13"), ja(year(2019), "EB13"), ja(year(2020), "EB13"))).containsExactly(3, 4, 5);
        assertThat(jaShare(year(2018), "EB13")).isEqualTo("37,5 %");
        assertThat(jaShare(year(2020), "EB13")).isEqualTo("62,5 %");
        assertThat(row(year(2019), "EB13")[FIRST_MUNICIPALITY]).as("Ekerö").isEqualTo("JA");
        // ... and adult psychiatry gets worse: 5 → 4
        assertThat(List.of(ja(year(2018), "EB14"), ja(year(2019), "EB14"), ja(year(2020), "EB14"))).containsExactly(5, 4, 4);
        assertThat(jaShare(year(2020), "EB14")).isEqualTo("50 %");
        // The implementation plans move up on the whole
        assertThat(ja(year(2020), "EB27")).isGreaterThan(ja(year(2018), "EB27"));
        assertThat(ja(year(2020), "EB28")).isGreaterThan(ja(year(2018), "EB28"));
    }

    @Test
    void mostAnswersStayAndAFewMoveBothWays() {
        for (int y : new int[] {2019, 2020}) {
            List<String[]> before = rows(year(y - 1));
            List<String[]> after = rows(year(y));
            assertThat(after).hasSameSizeAs(before);
            int cells = 0;
            int changed = 0;
            int up = 0;
            int down = 0;
            for (int r = 1; r < after.size(); r++) {
                assertThat(after.get(r)).hasSameSizeAs(before.get(r));
                assertThat(after.get(r)[3]).isEqualTo(before.get(r)[3]);
                for (int c = FIRST_MUNICIPALITY; c < FIRST_MUNICIPALITY + MUNICIPALITIES; c++) {
                    cells++;
                    String was = before.get(r)[c];
                    String is = after.get(r)[c];
                    if (!was.equals(is)) {
                        changed++;
                        int direction = Integer.compare(rank(is), rank(was));
                        up += direction > 0 ? 1 : 0;
                        down += direction < 0 ? 1 : 0;
                    }
                }
                for (int c = FIRST_MUNICIPALITY + MUNICIPALITIES; c < after.get(r).length; c++) {
                    int was = Integer.parseInt(before.get(r)[c]);
                    int is = Integer.parseInt(after.get(r)[c]);
                    assertThat(is).as("Stockholm/Riket %s %d", after.get(r)[3], y).isBetween(0, 100).isBetween(was - 5, was + 5);
                }
            }
            assertThat(changed).as("%d changed of %d in %d", changed, cells, y).isPositive().isLessThan(cells / 10);
            assertThat(up).as("up in %d", y).isPositive();
            assertThat(down).as("down in %d", y).isPositive();
        }
    }

    private static int rank(String answer) {
        return switch (answer) {
            case "NEJ" -> 0;
            case "DELVIS", "JA, MED VISSA" -> 1;
            case "JA" -> 2;
            case "JA, MED SAMTLIGA" -> 3;
            default -> throw new IllegalArgumentException(answer);
        };
    }
}
