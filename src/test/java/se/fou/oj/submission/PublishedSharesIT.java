package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.fou.oj.IntegrationTest;

/**
 * The demo's statistics (Ekerö's and Järfälla's submitted counts of orsakskoder-2015) give, cell by cell, the shares
 * the published 2016 report printed (orsakskoder-2015-shares.csv, all 70): in the API's JSON, in the compiled answers'
 * PDF and XLSX and in the short analysis' PDF.
 */
class PublishedSharesIT extends IntegrationTest {

    private static final Pattern CELL = Pattern.compile("(\\d+) \\(([^)]*)\\)");

    @Autowired
    RequestService requestService;

    @Autowired
    ObjectMapper objectMapper;

    private Request demoRequest() {
        loginAs("fou");
        return requestService.requests(testData.demoCycle().id()).get(0);
    }

    /** municipality → "row|breakdown|category" → "count share" as the report printed it. */
    private static Map<String, Map<String, String>> printed() throws Exception {
        Map<String, Map<String, String>> printed = new HashMap<>();
        for (String[] line : StatisticsTableTest.publishedShares()) {
            printed.computeIfAbsent(line[0], m -> new HashMap<>()).put(line[3] + "|" + line[1] + "|" + line[2],
                    line[4] + " " + line[5]);
        }
        assertThat(printed.values().stream().mapToInt(Map::size).sum()).isEqualTo(70);
        return printed;
    }

    @Test
    void theApiGivesEveryShareThePublishedReportPrinted() throws Exception {
        Request request = demoRequest();
        Map<String, Map<String, String>> printed = printed();
        for (String[] municipality : new String[][] {{"Ekerö", "0125"}, {"Järfälla", "0123"}}) {
            // The municipality's own contact and FoU read the same figures
            for (String user : List.of("fou", municipality[0].equals("Ekerö") ? "ekero" : "jarfalla")) {
                ResponseEntity<byte[]> response = apiGet(user, "/api/v1/requests/" + request.id() + "/submissions/"
                        + municipality[1], MediaType.APPLICATION_JSON);
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
                JsonNode body = objectMapper.readTree(response.getBody());
                Map<String, String> given = new HashMap<>();
                for (JsonNode count : body.get("counts")) {
                    given.put(count.get("row").asText() + "|" + count.get("breakdown").asText() + "|"
                            + count.get("category").asText(), count.get("count").asInt() + " " + count.get("share").asText());
                }
                assertThat(given).as(municipality[0] + " as " + user).isEqualTo(printed.get(municipality[0]));
                // Their breakdowns all sum: nothing flagged, no explanation printed
                assertThat(body.get("mismatches")).isEmpty();
                assertThat(body.get("mismatchExplanation").isNull()).isTrue();
            }
        }
    }

    @Test
    void theCompiledAnswersPdfAndTheAnalysisPdfPrintEveryShareThePublishedReportPrinted() throws Exception {
        Request request = demoRequest();
        StatisticsTable table = request.statistics();
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        requestService.exportPdf(request.id(), compiled);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/sammanstallda-svar-demo.pdf"), compiled.toByteArray());
        String compiledText = text(compiled.toByteArray());
        assertPrintedShares(compiledText, compiledText.indexOf("\nStatistik\n"), "\nEkerö\n", "\nJärfälla\n", table);

        ResponseEntity<byte[]> analysis = apiGet("fou", "/api/v1/cycles/" + testData.demoCycle().id() + "/analysis.pdf");
        assertThat(analysis.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertPrintedShares(text(analysis.getBody()), 0, "Statistik från Ekerö", "Statistik från Järfälla", table);
    }

    @Test
    void theCompiledAnswersXlsxGivesEveryShareThePublishedReportPrinted() throws Exception {
        Request request = demoRequest();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        requestService.exportXlsx(request.id(), xlsx);
        Map<String, Map<String, String>> found = new HashMap<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheet("Statistik");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null || row.getCell(4) == null) {
                    continue;
                }
                found.computeIfAbsent(row.getCell(0).getStringCellValue(), m -> new HashMap<>()).put(
                        row.getCell(1).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                                + row.getCell(3).getStringCellValue(),
                        (int) row.getCell(4).getNumericCellValue() + " " + row.getCell(5).getStringCellValue());
            }
        }
        Map<String, Map<String, String>> printed = printed();
        assertThat(found.get("Ekerö")).isEqualTo(printed.get("Ekerö"));
        assertThat(found.get("Järfälla")).isEqualTo(printed.get("Järfälla"));
    }

    /**
     * From {@code start}, the table after Ekerö's marker, then the one after Järfälla's: each row's line starts with its
     * code and has its cells "count (share)" in the table's column order.
     */
    private static void assertPrintedShares(String text, int start, String ekero, String jarfalla, StatisticsTable table)
            throws Exception {
        Map<String, Map<String, String>> printed = printed();
        assertThat(start).isNotNegative();
        int from = start;
        List<String[]> columns = new ArrayList<>();
        table.breakdowns().forEach((b, cs) -> cs.forEach(c -> columns.add(new String[] {b, c})));
        for (String municipality : List.of("Ekerö", "Järfälla")) {
            from = text.indexOf(municipality.equals("Ekerö") ? ekero : jarfalla, from);
            assertThat(from).as(municipality + "'s statistics").isNotNegative();
            Map<String, String> found = new HashMap<>();
            String[] lines = text.substring(from).split("\\R");
            for (String row : table.rows()) {
                String line = Arrays.stream(lines).filter(l -> l.startsWith(row + " ")).findFirst().orElseThrow();
                Matcher cell = CELL.matcher(line);
                for (String[] column : columns) {
                    assertThat(cell.find()).as(municipality + " " + row + " " + column[1] + " in: " + line).isTrue();
                    found.put(row + "|" + column[0] + "|" + column[1], cell.group(1) + " " + cell.group(2));
                }
            }
            assertThat(found).as(municipality + " in the PDF").isEqualTo(printed.get(municipality));
        }
    }

    /** The text as a reader sees it, line by line across the page (a table row's cells on its line). */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
