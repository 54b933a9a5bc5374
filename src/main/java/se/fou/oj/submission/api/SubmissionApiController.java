package se.fou.oj.submission.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;

/** Requests and a municipality's answer, for municipalities that send from their own systems. Same rules as the form. */
@RestController
@RequestMapping("/api/v1")
public class SubmissionApiController {

    private final SubmissionService service;
    private final Messages messages;

    SubmissionApiController(SubmissionService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    public record QuestionDto(long id, int position, String text) {
    }

    public record RequestDto(long id, String title, String instructions, LocalDate deadline, boolean answersPublished,
                             List<QuestionDto> questions) {
    }

    public record AnswerDto(long questionId, String text) {
    }

    public record SubmissionDto(long requestId, String municipalityCode, String municipality, String status, int version,
                                LocalDate deadline, List<AnswerDto> answers, String submittedBy, LocalDateTime submittedAt) {
    }

    /** A save: the version read before editing, the answers, and whether to submit. */
    public record SubmissionUpdate(Integer version, List<AnswerDto> answers, boolean submit) {
    }

    @GetMapping("/cycles/{cycleId}/requests")
    @Operation(summary = "Cykelns förfrågningar till kommunerna med frågor och sista dag")
    public List<RequestDto> requests(@PathVariable long cycleId) {
        return service.requests(cycleId).stream().map(SubmissionApiController::toDto).toList();
    }

    @GetMapping("/requests/{requestId}/submissions/{municipalityCode}")
    @Operation(summary = "En kommuns svar (egen kommun, eller alla när svaren är publicerade)")
    public SubmissionDto submission(@PathVariable long requestId, @PathVariable String municipalityCode) {
        return toDto(service.submission(requestId, municipalityCode), municipalityCode);
    }

    @PutMapping("/requests/{requestId}/submissions/{municipalityCode}")
    @Operation(summary = "Spara eller skicka in kommunens svar; version måste vara den senast lästa (annars 409)")
    public SubmissionDto save(@PathVariable long requestId, @PathVariable String municipalityCode,
                              @RequestBody SubmissionUpdate update) {
        if (update.version() == null || update.answers() == null) {
            throw new ValidationException(messages.get("api.error.badRequest"));
        }
        Map<Long, String> answers = new LinkedHashMap<>();
        update.answers().forEach(a -> answers.put(a.questionId(), a.text()));
        Submission saved = update.submit()
                ? service.submit(requestId, municipalityCode, update.version(), answers)
                : service.saveDraft(requestId, municipalityCode, update.version(), answers);
        return toDto(saved, municipalityCode);
    }

    private static RequestDto toDto(Request r) {
        return new RequestDto(r.id(), r.title(), r.instructions(), r.deadline(), r.answersPublished(),
                r.questions().stream().map(q -> new QuestionDto(q.id(), q.position(), q.text())).toList());
    }

    private static SubmissionDto toDto(Submission s, String code) {
        return new SubmissionDto(s.requestId(), code, s.municipalityName(), s.status().name(), s.version(), s.deadline(),
                s.answers().entrySet().stream().map(e -> new AnswerDto(e.getKey(), e.getValue())).toList(), s.submittedBy(),
                s.submittedAt());
    }
}
