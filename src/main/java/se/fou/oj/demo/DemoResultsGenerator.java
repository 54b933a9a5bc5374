package se.fou.oj.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo's ÖJ results of Ekonomiskt bistånd 2019 and 2020, derived from the published 2018 file
 * ({@code demo/oj-2018-ekonomiskt-bistand.csv}) so that the trend of an improvement area has something to show.
 * There are no real files for those years in the project, and made-up files by hand would not say how they were made.
 *
 * <p>How a year is made from the year before (2019 from 2018, 2020 from the generated 2019):
 * <ol>
 *   <li>The <b>story</b> ({@link #STORY}) is applied as written: the indicators behind the decided improvement areas
 *   move visibly. Agreements with primary care (EB13) go from 3 to 4 to 5 of 8 municipalities answering JA,
 *   37,5 % (2018) → 62,5 % (2020), as the follow-up answers tell (Ekerö's agreement in March 2019,
 *   Solna's in May 2019, after that year's survey); agreements with adult psychiatry (EB14) get worse, 5 → 4 of 8
 *   (Sollentuna's ran out); the implementation plans (EB27–EB29) move mostly up, one answer down.</li>
 *   <li>Every other answer stays, except that each one moves one step on its indicator's scale
 *   (NEJ – DELVIS – JA, or NEJ – JA, MED VISSA – JA, MED SAMTLIGA, or NEJ – JA) with probability {@link #DRIFT},
 *   up or down with equal odds: most answers stay, a few change both ways. The story's indicators never drift.</li>
 *   <li>Stockholm's and the country's percentages move by a whole number from −5 to +5, kept within 0–100.</li>
 * </ol>
 * The random draws come from {@link java.util.Random} with a fixed seed per year ({@link #SEED} + year), whose
 * sequence Java specifies, and the rows and columns are read in file order: the same 2018 file gives the same files
 * on every run and machine. Nothing reads the clock. {@code DemoResultsGeneratorTest} shows both.
 */
final class DemoResultsGenerator {

    static final String SOURCE = "demo/oj-2018-ekonomiskt-bistand.csv";
    static final int SOURCE_YEAR = 2018;
    static final long SEED = 20_180_306L;
    /** Chance that an answer outside the story moves one step in a year. */
    static final double DRIFT = 0.04;

    /** One answer the story sets in a year, and keeps in the years after unless a later change says otherwise. */
    record Change(int year, String code, String municipality, String answer) {
    }

    static final List<Change> STORY = List.of(
            // Improvement area 1, ill health: agreements with primary care 3 → 4 → 5 of 8
            new Change(2019, "EB13", "Ekerö", "JA"),
            new Change(2020, "EB13", "Solna", "JA"),
            // ... while the agreements with adult psychiatry get worse: 5 → 4 of 8
            new Change(2019, "EB14", "Sollentuna", "NEJ"),
            // Improvement area 2, implementation plans with the individual: mostly better, one step back
            new Change(2019, "EB27", "Ekerö", "JA"),
            new Change(2020, "EB27", "Upplands Väsby", "JA"),
            new Change(2019, "EB28", "Järfälla", "DELVIS"),
            new Change(2020, "EB28", "Ekerö", "JA"),
            new Change(2020, "EB29", "Sollentuna", "DELVIS"));

    private static final int FIXED_COLUMNS = 5;
    private static final int COMPARISON_COLUMNS = 2;
    private static final Set<String> STORY_CODES = STORY.stream().map(Change::code).collect(Collectors.toSet());

    private DemoResultsGenerator() {
    }

    /** The file of {@code year} (2018 is the published file itself), as the bytes of a CSV import file. */
    static byte[] csv(int year) {
        return generate(source(), year).getBytes(StandardCharsets.UTF_8);
    }

    /** The file of {@code year}, derived year by year from {@code csv2018}. */
    static String generate(String csv2018, int year) {
        if (year < SOURCE_YEAR) {
            throw new IllegalArgumentException("No demo results before " + SOURCE_YEAR + ": " + year);
        }
        List<String[]> rows = parse(csv2018);
        List<List<String>> scales = rows.stream().map(DemoResultsGenerator::scale).toList();
        for (int y = SOURCE_YEAR + 1; y <= year; y++) {
            next(rows, scales, y);
        }
        return write(rows);
    }

    private static void next(List<String[]> rows, List<List<String>> scales, int year) {
        String[] header = rows.get(0);
        int firstComparison = header.length - COMPARISON_COLUMNS;
        Random random = new Random(SEED + year);
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            boolean story = STORY_CODES.contains(row[3]);
            for (int c = FIXED_COLUMNS; c < header.length; c++) {
                if (c >= firstComparison) {
                    row[c] = comparison(row[c], random);
                    continue;
                }
                // Drawn for every cell, story or not, so that changing the story does not reshuffle the other answers
                double draw = random.nextDouble();
                boolean up = random.nextBoolean();
                if (!story && draw < DRIFT) {
                    row[c] = step(scales.get(r), row[c], up);
                }
            }
            for (Change change : STORY) {
                if (change.year() == year && change.code().equals(row[3])) {
                    row[column(header, change.municipality())] = change.answer();
                }
            }
        }
    }

    /** One step up or down the scale; at an end of it, the only way there is. An answer not on the scale stays. */
    private static String step(List<String> scale, String answer, boolean up) {
        int at = scale.indexOf(answer);
        if (at < 0 || scale.size() < 2) {
            return answer;
        }
        int to = at == 0 ? 1 : at == scale.size() - 1 ? at - 1 : up ? at + 1 : at - 1;
        return scale.get(to);
    }

    private static String comparison(String value, Random random) {
        int delta = random.nextInt(11) - 5;
        try {
            return Integer.toString(Math.max(0, Math.min(100, Integer.parseInt(value.trim()) + delta)));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The indicator's answer scale, lowest first, judged from the words the 2018 row uses. */
    private static List<String> scale(String[] row) {
        List<String> answers = List.of(row).subList(Math.min(FIXED_COLUMNS, row.length), row.length);
        if (answers.contains("JA, MED VISSA") || answers.contains("JA, MED SAMTLIGA")) {
            return List.of("NEJ", "JA, MED VISSA", "JA, MED SAMTLIGA");
        }
        return answers.contains("DELVIS") ? List.of("NEJ", "DELVIS", "JA") : List.of("NEJ", "JA");
    }

    private static int column(String[] header, String municipality) {
        for (int c = FIXED_COLUMNS; c < header.length; c++) {
            if (header[c].equals(municipality)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No column " + municipality);
    }

    private static List<String[]> parse(String csv) {
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.split("\\R")) {
            if (!line.isBlank()) {
                rows.add(line.split(";", -1));
            }
        }
        return rows;
    }

    private static String write(List<String[]> rows) {
        return rows.stream().map(row -> String.join(";", row)).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String source() {
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a year's file, to look at or import by hand: {@code DemoResultsGenerator 2020 > oj-2020.csv}. */
    public static void main(String[] args) {
        System.out.print(generate(source(), Integer.parseInt(args[0])));
    }
}
