package se.fou.oj.cycle.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.cycle.CycleService;

/** {@code GET /api/v1/cycles}: the cycles with area, year and stage. */
@RestController
@RequestMapping("/api/v1/cycles")
public class CycleApiController {

    private final CycleService cycleService;

    CycleApiController(CycleService cycleService) {
        this.cycleService = cycleService;
    }

    public record CycleDto(long id, String area, int year, String stage, int indicatorCount,
                           LocalDateTime resultsPublishedAt) {
    }

    @GetMapping
    @Operation(summary = "Cykler (verksamhetsområde och år) med led")
    public List<CycleDto> cycles() {
        return cycleService.cycles().stream()
                .map(c -> new CycleDto(c.id(), c.areaName(), c.year(), c.stage().name(), c.indicatorCount(),
                        c.resultsPublishedAt()))
                .toList();
    }
}
