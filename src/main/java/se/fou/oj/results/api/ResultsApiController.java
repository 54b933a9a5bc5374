package se.fou.oj.results.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.fou.oj.base.api.PayloadTooLargeException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.results.CountingRule;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.ImportSummary;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.Percent;
import se.fou.oj.results.RegionalAverage;
import se.fou.oj.results.ResultsService;

/**
 * A cycle's results with the computed regional average, as JSON or CSV, and their import (FoU). The same service
 * and the same municipality rules as the screens.
 */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}")
public class ResultsApiController {

    static final String TEXT_CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResultsService resultsService;
    private final Messages messages;

    ResultsApiController(ResultsService resultsService, Messages messages) {
        this.resultsService = resultsService;
        this.messages = messages;
    }

    public record AnswerDto(String municipalityCode, String municipality, String answer, Boolean fulfilled,
                            String previousAnswer, String direction) {
    }

    public record ChangeDto(int previousYear, BigDecimal regionalAverageBefore, BigDecimal percentagePoints,
                            String direction) {
    }

    public record AverageDto(BigDecimal value, String display, int fulfilled, int answered, int missing, String rule) {
    }

    public record ResultDto(long id, String code, String chapter, String table, String text, String scale,
                            List<AnswerDto> answers, AverageDto regionalAverage, Map<String, BigDecimal> comparisons,
                            ChangeDto change) {
    }

    @GetMapping(value = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resultat per indikator med beräknat regionsnitt; ?municipality=0125 för en kommun")
    public List<ResultDto> results(@PathVariable long cycleId,
                                   @RequestParam(name = "municipality", required = false) String municipalityCode) {
        CycleResults results = municipalityCode == null
                ? resultsService.results(cycleId)
                : resultsService.resultsOfMunicipality(cycleId, municipalityCode);
        String rule = messages.get(CountingRule.DESCRIPTION_KEY);
        return results.allRows().stream().map(row -> toDto(results, row, rule)).toList();
    }

    @GetMapping(value = "/results", produces = TEXT_CSV)
    public ResponseEntity<byte[]> resultsCsvByAccept(@PathVariable long cycleId) {
        return csv(cycleId);
    }

    @GetMapping(value = "/results", produces = XLSX)
    public ResponseEntity<byte[]> resultsXlsxByAccept(@PathVariable long cycleId) {
        return xlsx(cycleId);
    }

    @GetMapping("/results.xlsx")
    @Operation(summary = "Resultat som Excel-arbetsbok (XLSX) med regionsnitt")
    public ResponseEntity<byte[]> resultsXlsx(@PathVariable long cycleId) {
        return xlsx(cycleId);
    }

    private ResponseEntity<byte[]> xlsx(long cycleId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resultsService.exportXlsx(cycleId, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", "attachment; filename=\"resultat-" + cycleId + ".xlsx\"")
                .body(out.toByteArray());
    }

    @GetMapping("/results.csv")
    @Operation(summary = "Resultat som CSV (semikolon, UTF-8) med regionsnitt")
    public ResponseEntity<byte[]> resultsCsv(@PathVariable long cycleId) {
        return csv(cycleId);
    }

    private ResponseEntity<byte[]> csv(long cycleId) {
        byte[] body = resultsService.exportCsv(cycleId).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"resultat-" + cycleId + ".csv\"")
                .body(body);
    }

    @PostMapping(value = "/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importera resultat från CSV eller XLSX (FoU); replace=true ersätter befintliga")
    public ImportSummary importMultipart(@PathVariable long cycleId, @RequestPart("file") MultipartFile file,
                                         @RequestParam(name = "replace", defaultValue = "false") boolean replace)
            throws IOException {
        if (file.getSize() > ResultsService.MAX_IMPORT_BYTES) {
            throw new PayloadTooLargeException(ResultsService.MAX_IMPORT_BYTES);
        }
        return resultsService.importResults(cycleId, file.getOriginalFilename(), file.getBytes(), replace);
    }

    @PostMapping(value = "/results", consumes = {TEXT_CSV, XLSX})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @io.swagger.v3.oas.annotations.media.Content(mediaType = TEXT_CSV),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = XLSX)})
    public ImportSummary importRaw(@PathVariable long cycleId, HttpServletRequest request,
                                   @RequestParam(name = "replace", defaultValue = "false") boolean replace)
            throws IOException {
        String contentType = request.getContentType() == null ? TEXT_CSV : request.getContentType();
        String filename = contentType.startsWith(XLSX) ? "import.xlsx" : "import.csv";
        return resultsService.importResults(cycleId, filename, readLimited(request), replace);
    }

    /**
     * The raw body, refused (413) as soon as it is known to be over the limit: by its declared length before reading
     * (a client sending "Expect: 100-continue" never sends it), else after reading one byte more than the limit.
     */
    private static byte[] readLimited(HttpServletRequest request) throws IOException {
        int max = ResultsService.MAX_IMPORT_BYTES;
        if (request.getContentLengthLong() > max) {
            throw new PayloadTooLargeException(max);
        }
        byte[] body = request.getInputStream().readNBytes(max + 1);
        if (body.length > max) {
            throw new PayloadTooLargeException(max);
        }
        return body;
    }

    private static ResultDto toDto(CycleResults results, IndicatorRow row, String rule) {
        List<AnswerDto> answers = results.municipalities().stream().map(m -> {
            var answer = row.answerOf(m.id());
            Boolean fulfilled = answer.word() == null ? null : CountingRule.isFulfilled(answer.word());
            var change = row.change();
            var before = change == null ? null : change.previousAnswers().get(m.id());
            var direction = change == null ? null : change.byMunicipality().get(m.id());
            return new AnswerDto(m.code(), m.name(), answer.isMissing() ? null : answer.display(), fulfilled,
                    before == null || before.isMissing() ? null : before.display(), direction == null ? null : direction.name());
        }).toList();
        var change = row.change();
        ChangeDto changeDto = change == null ? null : new ChangeDto(change.previousYear(),
                change.previousAverage() == null ? null : change.previousAverage().value(), change.percentagePoints(),
                change.regionDirection() == null ? null : change.regionDirection().name());
        RegionalAverage average = row.average();
        AverageDto averageDto = average == null ? null : new AverageDto(average.value(), average.display(),
                average.fulfilled(), average.answered(), average.missing(), rule);
        // Stockholm and Riket as the report prints them (57, 62.5), like the average
        Map<String, BigDecimal> comparisons = new LinkedHashMap<>();
        row.comparisons().forEach((unit, value) -> comparisons.put(unit, Percent.normalize(value)));
        return new ResultDto(row.indicatorId(), row.code(), row.chapter(), row.tableName(), row.text(),
                row.scale().name(), answers, averageDto, comparisons, changeDto);
    }
}
