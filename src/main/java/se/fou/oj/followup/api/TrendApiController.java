package se.fou.oj.followup.api;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.followup.AreaTrend;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.IndicatorTrend;
import se.fou.oj.region.Municipality;

/** "Did it move?" as data: an improvement area's indicators across every year of its area, as the caller may see them. */
@RestController
@RequestMapping("/api/v1/improvement-areas/{areaId}")
public class TrendApiController {

    private final FollowUpService followUpService;

    TrendApiController(FollowUpService followUpService) {
        this.followUpService = followUpService;
    }

    /**
     * @param average the regional average (percent for yes/no indicators, 62.5), null while the caller may not see it
     * @param answers by municipality code, only the municipalities the caller may see that year
     */
    public record YearDto(int year, boolean decided, BigDecimal average, String averageDisplay, Map<String, String> answers,
                          Map<String, BigDecimal> comparisons) {
    }

    /** @param sentence the sentence as printed (FoU's wording while it agrees with the figures) */
    public record IndicatorDto(String code, String text, String scale, String sentence, List<YearDto> years) {
    }

    public record TrendDto(long developmentAreaId, int decidedYear, List<Integer> years, List<IndicatorDto> indicators) {
    }

    @GetMapping("/trend")
    @Operation(summary = "Förbättringsområdets indikatorer under alla år med resultat: per kommun, regionens snitt och meningen")
    public TrendDto trend(@PathVariable long areaId) {
        AreaTrend trend = followUpService.trend(areaId);
        return new TrendDto(trend.developmentAreaId(), trend.decidedYear(), trend.years(), trend.indicators().stream()
                .map(i -> new IndicatorDto(i.code(), i.text(), i.scale().name(), i.sentenceText(),
                        i.years().stream().map(y -> year(y, trend.municipalities())).toList()))
                .toList());
    }

    private static YearDto year(IndicatorTrend.Year year, List<Municipality> municipalities) {
        Map<String, String> answers = new LinkedHashMap<>();
        municipalities.stream().filter(m -> year.answers().containsKey(m.id()) && !year.answers().get(m.id()).isMissing())
                .forEach(m -> answers.put(m.code(), year.answers().get(m.id()).display()));
        return new YearDto(year.year(), year.decided(), year.averageValue(), year.averageDisplay(), answers,
                year.comparisons());
    }
}
