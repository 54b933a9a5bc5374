package se.fou.oj.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.fou.oj.results.RawTable.RawRow;

/**
 * Reads an import file into cells: semicolon-separated UTF-8 CSV (quotes allowed) or the first sheet of an XLSX
 * workbook. Problems of the file as such (encoding, delimiter, format) are reported with their line.
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

    private static ReadOutcome readCsv(byte[] content) {
        List<byte[]> lines = splitLines(content);
        List<RawRow> rows = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < lines.size(); i++) {
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(lines.get(i))).toString();
            } catch (CharacterCodingException e) {
                return ReadOutcome.failed(new ImportProblem(i + 1, 0, "import.error.encoding"));
            }
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (i == 0 && text.indexOf(DELIMITER) < 0) {
                String used = text.indexOf('\t') >= 0 ? "tabb" : text.indexOf(',') >= 0 ? "komma" : null;
                return ReadOutcome.failed(used == null
                        ? new ImportProblem(1, 0, "import.error.noDelimiter")
                        : new ImportProblem(1, 0, "import.error.delimiter", used));
            }
            rows.add(new RawRow(i + 1, splitCsvLine(text)));
        }
        return ReadOutcome.ok(new RawTable(rows));
    }

    private static List<byte[]> splitLines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(content, start, i));
                start = i + 1;
            }
        }
        if (start < content.length) {
            lines.add(java.util.Arrays.copyOfRange(content, start, content.length));
        }
        return lines;
    }

    /** Splits one line at semicolons outside double quotes; a doubled quote inside quotes is a literal quote. */
    static List<String> splitCsvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == DELIMITER) {
                cells.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        cells.add(current.toString().trim());
        return cells;
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
