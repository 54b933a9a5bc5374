package se.fou.oj.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A statistics table of a written submission: rows (e.g. the cause codes 021–032) by breakdowns (Totalt; Kön: Män,
 * Kvinnor; Ålder; Barn i hushållet). Counts are typed; shares are computed here and nowhere else, as the published
 * report computes them: a count's share of its <b>column</b>, that is of the category's clients over all rows (Ekerö's
 * men with 021: 3 of 19 men = 16 %), and in the total column of all clients (021: 7 of 50 = 14 %); rounded half up to
 * a whole percent. A zero prints as "–", a share that rounds to zero as "&lt;1 %". Where a breakdown's categories do
 * not sum to the row's total the mismatch is reported and the figures are kept as entered.
 *
 * @param rows row codes in order
 * @param rowLabels what each row code means, e.g. 021 "Sjukskriven med läkarintyg, otillräcklig ersättning"
 * @param breakdowns breakdown name to its categories, in order; the first is the total ("Totalt" → "Alla")
 */
public record StatisticsTable(List<String> rows, Map<String, String> rowLabels, Map<String, List<String>> breakdowns) {

    /** The longest row code (the column of the typed counts). */
    public static final int MAX_ROW_CODE = 40;

    public static final String TOTAL = "Totalt";

    /** One cell: a row, a breakdown and a category. */
    public record Cell(String row, String breakdown, String category) {
    }

    /** A breakdown of a row whose categories add up to something other than the row's total. */
    public record Mismatch(String row, String breakdown, int sum, int total) {
    }

    /** Counts must be whole and not negative; null means not entered. */
    public static boolean validCount(Integer count) {
        return count == null || count >= 0;
    }

    public Integer total(Map<Cell, Integer> counts, String row) {
        String category = breakdowns.get(TOTAL).get(0);
        return counts.get(new Cell(row, TOTAL, category));
    }

    /**
     * The computed share of a cell as printed: its count of its column's sum ("16 %"), "&lt;1 %", "–" for a zero; empty
     * when it cannot be computed (no count, or a column without clients).
     */
    public String share(Map<Cell, Integer> counts, Cell cell) {
        Integer count = counts.get(cell);
        if (count == null) {
            return "";
        }
        if (count == 0) {
            return "–";
        }
        int denominator = columnSum(counts, cell.breakdown(), cell.category());
        if (denominator == 0) {
            return "";
        }
        BigDecimal percent = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP);
        return percent.signum() == 0 ? "<1 %" : percent.toPlainString() + " %";
    }

    /** The clients of one category over all rows (in the total column: all clients), the denominator of its shares. */
    public int columnSum(Map<Cell, Integer> counts, String breakdown, String category) {
        return rows.stream().map(r -> counts.get(new Cell(r, breakdown, category))).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    /** Every breakdown of every row whose entered categories do not sum to the row's total. */
    public List<Mismatch> mismatches(Map<Cell, Integer> counts) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (String row : rows) {
            Integer total = total(counts, row);
            if (total == null) {
                continue;
            }
            for (Map.Entry<String, List<String>> breakdown : breakdowns.entrySet()) {
                if (TOTAL.equals(breakdown.getKey())) {
                    continue;
                }
                List<Integer> values = breakdown.getValue().stream().map(c -> counts.get(new Cell(row, breakdown.getKey(), c)))
                        .filter(Objects::nonNull).toList();
                if (values.isEmpty()) {
                    continue;
                }
                int sum = values.stream().mapToInt(Integer::intValue).sum();
                if (sum != total) {
                    mismatches.add(new Mismatch(row, breakdown.getKey(), sum, total));
                }
            }
        }
        return mismatches;
    }

    /**
     * The municipality's explanation as it is to be printed: only while its figures have a mismatch (an explanation
     * left from figures corrected since explains nothing); null otherwise.
     */
    public String explanationShown(Map<Cell, Integer> counts, String explanation) {
        return explanation == null || explanation.isBlank() || mismatches(counts).isEmpty() ? null : explanation;
    }

    /** The table of the shared data (orsakskoder-2015): the SCB cause codes by total, sex, age and children. */
    public static StatisticsTable causeCodes() {
        return parse(String.join("\n", "021 Sjukskriven med läkarintyg, otillräcklig ersättning",
                "022 Sjukskriven med läkarintyg, väntar på ersättning", "023 Sjukskriven med läkarintyg, ingen ersättning",
                "031 Sjuk- eller aktivitetsersättning, otillräcklig ersättning",
                "032 Sjuk- eller aktivitetsersättning, väntar på ersättning"),
                String.join("\n", "Kön: Män, Kvinnor", "Ålder: Yngre än 29 år, 29 år eller äldre",
                        "Barn i hushållet: Utan barn, Med barn"));
    }

    /**
     * A table as FoU writes it: one row per line ("021 Sjukskriven …", the first word is the code) and one breakdown per
     * line ("Kön: Män, Kvinnor"); the total column comes first by itself. Null when there are no rows.
     */
    public static StatisticsTable parse(String rowsText, String breakdownsText) {
        List<String> rows = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String line : (rowsText == null ? "" : rowsText).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            if (!labels.containsKey(parts[0])) {
                rows.add(parts[0]);
                labels.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, List<String>> breakdowns = new LinkedHashMap<>();
        breakdowns.put(TOTAL, List.of("Alla"));
        for (String line : (breakdownsText == null ? "" : breakdownsText).split("\\R")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            List<String> categories = Arrays.stream(line.substring(colon + 1).split(","))
                    .map(String::trim).filter(c -> !c.isEmpty()).toList();
            if (!name.isEmpty() && !TOTAL.equalsIgnoreCase(name) && !categories.isEmpty()) {
                breakdowns.put(name, categories);
            }
        }
        return new StatisticsTable(List.copyOf(rows), labels, breakdowns);
    }

    public String rowsText() {
        return String.join("\n", rows.stream().map(r -> (r + " " + rowLabels.getOrDefault(r, "")).trim()).toList());
    }

    public String breakdownsText() {
        return String.join("\n", breakdowns.entrySet().stream().filter(e -> !TOTAL.equals(e.getKey()))
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList());
    }

    /** Every cell of the table, row by row, total first. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (String row : rows) {
            breakdowns.forEach((breakdown, categories) -> categories.forEach(c -> cells.add(new Cell(row, breakdown, c))));
        }
        return cells;
    }
}
