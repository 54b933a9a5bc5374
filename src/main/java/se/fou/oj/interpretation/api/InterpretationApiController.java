package se.fou.oj.interpretation.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.interpretation.InterpretationService;

/** {@code GET /api/v1/cycles/{id}/interpretations}: the interpretation register as the cycle sees it. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/interpretations")
public class InterpretationApiController {

    private final InterpretationService service;

    InterpretationApiController(InterpretationService service) {
        this.service = service;
    }

    /** {@code meetingId} and {@code meeting} name the meeting of the application where it was agreed, if linked. */
    public record InterpretationDto(Long id, String indicatorCode, String indicator, Integer version, String reading,
                                    String definitions, LocalDate agreedOn, Integer agreedInYear, String meetingNote,
                                    Long meetingId, String meeting, String status) {
    }

    @GetMapping
    @Operation(summary = "Tolkningsregistret: överenskommen läsning per indikator och dess status i cykeln")
    public List<InterpretationDto> interpretations(@PathVariable long cycleId) {
        return service.forCycle(cycleId).stream().map(i -> i.current() == null
                ? new InterpretationDto(null, i.indicatorCode(), i.indicatorText(), null, null, null, null, null, null, null,
                        null, i.status().name())
                : new InterpretationDto(i.current().id(), i.indicatorCode(), i.indicatorText(), i.current().versionNo(),
                        i.current().reading(), i.current().definitions(), i.current().agreedOn(), i.current().cycleYear(),
                        i.current().meetingNote(), i.current().meeting() == null ? null : i.current().meeting().id(),
                        i.current().meeting() == null ? null : i.current().meeting().title(), i.status().name())).toList();
    }
}
