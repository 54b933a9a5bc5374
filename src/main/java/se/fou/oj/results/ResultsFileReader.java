package se.fou.oj.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.fou.oj.results.RawTable.RawRow;

/**
 * Reads an import file into cells: semicolon-separated UTF-8 CSV (RFC 4180, read with Apache Commons CSV) or the
 * first sheet of an XLSX workbook. Problems of the file as such (encoding, delimiter, format) are reported with their line.
 */
final class ResultsFileReader {

    static final char DELIMITER = ';';

    private ResultsFileReader() {
    }

    static ReadOutcome read(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            return ReadOutcome.failed(new ImportProblem(0, 0, "import.error.empty"));
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        boolean zipMagic = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        if (name.endsWith(".xls") || (content.length > 3 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF)) {
            return ReadOutcome.failed(new ImportProblem(0, 0, "import.error.xls"));
        }
        if (name.endsWith(".xlsx") || zipMagic) {
            return readXlsx(content);
        }
        return readCsv(content);
    }

    /**
     * RFC 4180 as Excel and LibreOffice write it (Apache Commons CSV): a quoted cell may hold semicolons, doubled
     * quotes and line breaks, so one row of the spreadsheet may span several lines of the file. Each row keeps the
     * line it starts on, which is the line the user's spreadsheet shows. Cells are trimmed, and blank lines are kept
     * as blank rows (the validator skips them) so that the line numbers stay those of the file.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setDelimiter(DELIMITER)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .setTrailingData(true)
            .get();

    private static ReadOutcome readCsv(byte[] content) {
        String text;
        try {
            text = decodeUtf8(content);
        } catch (CharacterCodingException e) {
            return ReadOutcome.failed(new ImportProblem(lineAt(content, malformedAt(content)), 0, "import.error.encoding"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.indexOf(DELIMITER) < 0) {
            String used = firstLine.indexOf('\t') >= 0 ? "tabb" : firstLine.indexOf(',') >= 0 ? "komma" : null;
            return ReadOutcome.failed(used == null
                    ? new ImportProblem(1, 0, "import.error.noDelimiter")
                    : new ImportProblem(1, 0, "import.error.delimiter", used));
        }
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            // The parser counts the line breaks it has read: the next row starts on the line after them
            int start = 1;
            for (Iterator<CSVRecord> records = parser.iterator(); ; ) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    rows.add(new RawRow(start, records.next().toList()));
                } catch (UncheckedIOException | IllegalStateException e) {
                    return ReadOutcome.failed(new ImportProblem(start, 0, "import.error.quote"));
                }
                start = (int) parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            return ReadOutcome.failed(new ImportProblem(0, 0, "import.error.empty"));
        }
        return ReadOutcome.ok(new RawTable(rows));
    }

    private static String decodeUtf8(byte[] content) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content)).toString();
    }

    /** The byte offset of the first byte that is not UTF-8. */
    private static int malformedAt(byte[] content) {
        ByteBuffer in = ByteBuffer.wrap(content);
        StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(content.length), true);
        return in.position();
    }

    /** The line (from 1) that holds the byte at {@code offset}. */
    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ReadOutcome readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return ReadOutcome.failed(new ImportProblem(0, 0, "import.error.empty"));
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(row.getLastCellNum(), 0);
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
            return ReadOutcome.ok(new RawTable(rows));
        } catch (IOException | RuntimeException e) {
            return ReadOutcome.failed(new ImportProblem(0, 0, "import.error.xlsx"));
        }
    }

    record ReadOutcome(RawTable table, ImportProblem problem) {
        static ReadOutcome ok(RawTable table) {
            return new ReadOutcome(table, null);
        }

        static ReadOutcome failed(ImportProblem problem) {
            return new ReadOutcome(null, problem);
        }
    }
}
