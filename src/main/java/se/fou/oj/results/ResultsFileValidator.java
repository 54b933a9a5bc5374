package se.fou.oj.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;
import se.fou.oj.results.RawTable.RawRow;

/**
 * Checks an import file in the layout of the regional report ({@code area;group;table;code;indicator;<one column per
 * municipality>;Stockholm;Riket}) against the region's municipalities and comparison units and the cycle's area.
 * Collects every problem with its line and column; the caller imports nothing unless the list is empty.
 */
final class ResultsFileValidator {

    /** The fixed leading columns, with the Swedish names a hand-made file may use instead. */
    private static final List<Set<String>> FIXED_COLUMNS = List.of(
            Set.of("area", "område", "verksamhetsområde"),
            Set.of("group", "grupp", "kapitel"),
            Set.of("table", "tabell"),
            Set.of("code", "kod"),
            Set.of("indicator", "indikator"));
    private static final String[] FIXED_COLUMN_NAMES = {"area", "group", "table", "code", "indicator"};

    private final List<Municipality> municipalities;
    private final List<ComparisonUnit> units;
    private final String expectedArea;

    ResultsFileValidator(List<Municipality> municipalities, List<ComparisonUnit> units, String expectedArea) {
        this.municipalities = municipalities;
        this.units = units;
        this.expectedArea = expectedArea;
    }

    record Outcome(List<ParsedIndicator> indicators, List<ImportProblem> problems, List<String> municipalityColumns) {
    }

    Outcome validate(RawTable table) {
        List<ImportProblem> problems = new ArrayList<>();
        List<RawRow> rows = table.rows().stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            return new Outcome(List.of(), List.of(new ImportProblem(0, 0, "import.error.empty")), List.of());
        }
        RawRow header = rows.get(0);
        Map<Integer, Municipality> municipalityColumns = new LinkedHashMap<>();
        Map<Integer, ComparisonUnit> unitColumns = new LinkedHashMap<>();
        readHeader(header, municipalityColumns, unitColumns, problems);
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), problems, List.of());
        }
        if (rows.size() == 1) {
            return new Outcome(List.of(), List.of(new ImportProblem(header.line(), 0, "import.error.noRows")), List.of());
        }
        List<ParsedIndicator> indicators = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (RawRow row : rows.subList(1, rows.size())) {
            ParsedIndicator indicator = readRow(row, header.cells().size(), municipalityColumns, unitColumns, problems);
            if (indicator == null) {
                continue;
            }
            String key = indicator.code().toUpperCase(Locale.ROOT);
            Integer earlier = lineOfCode.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(row.line(), 4, "import.error.duplicateIndicator", indicator.code(), earlier));
            } else {
                indicators.add(indicator);
            }
        }
        List<String> names = municipalityColumns.values().stream().map(Municipality::name).toList();
        return new Outcome(problems.isEmpty() ? indicators : List.of(), problems, names);
    }

    private void readHeader(RawRow header, Map<Integer, Municipality> municipalityColumns,
                            Map<Integer, ComparisonUnit> unitColumns, List<ImportProblem> problems) {
        for (int i = 0; i < FIXED_COLUMNS.size(); i++) {
            String cell = header.cell(i).toLowerCase(Locale.ROOT);
            if (!FIXED_COLUMNS.get(i).contains(cell)) {
                problems.add(new ImportProblem(header.line(), i + 1, "import.error.header", FIXED_COLUMN_NAMES[i], header.cell(i)));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (int i = FIXED_COLUMNS.size(); i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name.isBlank()) {
                problems.add(new ImportProblem(header.line(), i + 1, "import.error.emptyColumnName"));
                continue;
            }
            Municipality municipality = municipalities.stream()
                    .filter(m -> m.name().equalsIgnoreCase(name) || m.code().equals(name)).findFirst().orElse(null);
            ComparisonUnit unit = units.stream()
                    .filter(u -> u.name().equalsIgnoreCase(name) || u.code().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (municipality != null) {
                if (municipalityColumns.containsValue(municipality)) {
                    problems.add(new ImportProblem(header.line(), i + 1, "import.error.duplicateColumn", name));
                }
                municipalityColumns.put(i, municipality);
            } else if (unit != null) {
                if (unitColumns.containsValue(unit)) {
                    problems.add(new ImportProblem(header.line(), i + 1, "import.error.duplicateColumn", name));
                }
                unitColumns.put(i, unit);
            } else {
                problems.add(new ImportProblem(header.line(), i + 1, "import.error.unknownMunicipality", name));
            }
        }
        if (problems.isEmpty() && municipalityColumns.isEmpty()) {
            problems.add(new ImportProblem(header.line(), 0, "import.error.noMunicipalities"));
        }
    }

    /** The columns that hold an indicator's chapter, table and text. */
    private static final int MAX_CHAPTER = 200;
    private static final int MAX_TABLE = 300;
    private static final int MAX_INDICATOR_TEXT = 1000;

    private static void tooLong(RawRow row, int column, String value, int max, List<ImportProblem> problems) {
        if (value.length() > max) {
            problems.add(new ImportProblem(row.line(), column, "import.error.cellTooLong", value.length(), max));
        }
    }

    private ParsedIndicator readRow(RawRow row, int headerSize, Map<Integer, Municipality> municipalityColumns,
                                    Map<Integer, ComparisonUnit> unitColumns, List<ImportProblem> problems) {
        int before = problems.size();
        if (row.cells().size() > headerSize && row.cells().subList(headerSize, row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
            problems.add(new ImportProblem(row.line(), 0, "import.error.columnCount", row.cells().size(), headerSize));
            return null;
        }
        String area = row.cell(0);
        if (!area.equalsIgnoreCase(expectedArea)) {
            problems.add(new ImportProblem(row.line(), 1, "import.error.area", area, expectedArea));
        }
        String chapter = required(row, 1, problems);
        String tableName = required(row, 2, problems);
        String code = required(row, 3, problems);
        String text = required(row, 4, problems);
        if (code.length() > 20) {
            problems.add(new ImportProblem(row.line(), 4, "import.error.codeTooLong", code));
        }
        tooLong(row, 2, chapter, MAX_CHAPTER, problems);
        tooLong(row, 3, tableName, MAX_TABLE, problems);
        tooLong(row, 5, text, MAX_INDICATOR_TEXT, problems);
        Map<Long, Answer> answers = new LinkedHashMap<>();
        boolean anyWord = false;
        boolean anyNumber = false;
        for (Map.Entry<Integer, Municipality> column : municipalityColumns.entrySet()) {
            String cell = row.cell(column.getKey());
            Answer answer = parseAnswer(cell);
            if (answer == null) {
                problems.add(new ImportProblem(row.line(), column.getKey() + 1, "import.error.unknownAnswer", cell,
                        String.join(", ", AnswerWords.KNOWN)));
                continue;
            }
            anyWord |= answer.word() != null;
            anyNumber |= answer.number() != null;
            answers.put(column.getValue().id(), answer);
        }
        if (anyWord && anyNumber) {
            problems.add(new ImportProblem(row.line(), 0, "import.error.mixedScale", code));
        }
        Map<Long, BigDecimal> percents = new LinkedHashMap<>();
        for (Map.Entry<Integer, ComparisonUnit> column : unitColumns.entrySet()) {
            String cell = row.cell(column.getKey()).replace("%", "").trim();
            if (isMissing(cell)) {
                continue;
            }
            BigDecimal percent = parseNumber(cell);
            if (percent == null) {
                problems.add(new ImportProblem(row.line(), column.getKey() + 1, "import.error.percentNotNumber", cell));
            } else if (percent.compareTo(BigDecimal.ZERO) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new ImportProblem(row.line(), column.getKey() + 1, "import.error.percentRange", cell));
            } else {
                percents.put(column.getValue().id(), percent);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ParsedIndicator(code, chapter, tableName, text, anyNumber ? AnswerScale.NUMBER : AnswerScale.WORD,
                answers, percents);
    }

    private static String required(RawRow row, int index, List<ImportProblem> problems) {
        String value = row.cell(index);
        if (value.isBlank()) {
            problems.add(new ImportProblem(row.line(), index + 1, "import.error.required", FIXED_COLUMN_NAMES[index]));
        }
        return value.trim();
    }

    /** A word of the scale, a number, or missing (empty or a dash); null when the cell is none of these. */
    static Answer parseAnswer(String cell) {
        if (isMissing(cell)) {
            return Answer.MISSING;
        }
        var word = AnswerWords.match(cell);
        if (word.isPresent()) {
            return new Answer(word.get(), null);
        }
        BigDecimal number = parseNumber(cell);
        return number == null ? null : new Answer(null, number);
    }

    private static boolean isMissing(String cell) {
        String trimmed = cell == null ? "" : cell.trim();
        return trimmed.isEmpty() || trimmed.equals("-") || trimmed.equals("–");
    }

    static BigDecimal parseNumber(String cell) {
        String normalized = cell.trim().replace('\u00A0', ' ').replace(" ", "").replace(',', '.');
        if (!normalized.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(normalized);
    }
}
