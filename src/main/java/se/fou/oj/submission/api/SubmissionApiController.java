package se.fou.oj.submission.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;
import se.fou.oj.submission.SubmitRefusedException;

/** Requests and a municipality's answer, for municipalities that send from their own systems. Same rules as the form. */
@RestController
@RequestMapping("/api/v1")
public class SubmissionApiController {

    private final SubmissionService service;

    private final RequestService requestService;
    private final Messages messages;

    SubmissionApiController(SubmissionService service, RequestService requestService, Messages messages) {
        this.service = service;
        this.requestService = requestService;
        this.messages = messages;
    }

    public record QuestionDto(long id, int position, String text) {
    }

    public record RequestDto(long id, String title, String instructions, LocalDate deadline, boolean answersPublished,
                             List<QuestionDto> questions) {
    }

    public record AnswerDto(long questionId, String text) {
    }

    /** A count of the statistics table; {@code share} is computed (ignored when sent). */
    public record CountDto(String row, String breakdown, String category, Integer count, String share) {
    }

    /** A breakdown of a row whose categories sum to {@code sum} where the row's total is {@code total}. */
    public record MismatchDto(String row, String breakdown, int sum, int total) {

        static MismatchDto of(StatisticsTable.Mismatch m) {
            return new MismatchDto(m.row(), m.breakdown(), m.sum(), m.total());
        }
    }

    /**
     * A municipality's answer. {@code mismatches} are the breakdowns that do not sum to their row's total, as the
     * screen shows them; {@code mismatchExplanation} is the municipality's explanation, present only while there is a
     * mismatch.
     */
    public record SubmissionDto(long requestId, String municipalityCode, String municipality, String status, int version,
                                LocalDate deadline, List<AnswerDto> answers, List<CountDto> counts,
                                List<MismatchDto> mismatches, String mismatchExplanation, String submittedBy,
                                LocalDateTime submittedAt) {
    }

    /**
     * A save: the version read before editing, the answers, counts if any (cells not sent stay as they were), the
     * explanation of the mismatches (null or empty clears it), and whether to submit.
     */
    public record SubmissionUpdate(Integer version, List<AnswerDto> answers, List<CountDto> counts,
                                   String mismatchExplanation, boolean submit) {
    }

    @GetMapping("/cycles/{cycleId}/requests")
    @Operation(summary = "Cykelns förfrågningar till kommunerna med frågor och sista dag")
    public List<RequestDto> requests(@PathVariable long cycleId) {
        return requestService.requests(cycleId).stream().map(SubmissionApiController::toDto).toList();
    }

    @GetMapping("/requests/{requestId}/submissions/{municipalityCode}")
    @Operation(summary = "En kommuns svar (egen kommun, eller alla när svaren är publicerade)")
    public SubmissionDto submission(@PathVariable long requestId, @PathVariable String municipalityCode) {
        return toDto(service.submission(requestId, municipalityCode), municipalityCode);
    }

    /** One changed field of an answer: a question's answer ({@code answer:2}), a count or the explanation. */
    public record ChangeDto(String field, String before, String after) {
    }

    /** One change of an answer: who, when, what (SAVE, SUBMIT, REOPEN) and its fields before and after. */
    public record HistoryEntryDto(LocalDateTime at, String user, String userName, String action, String details,
                                  List<ChangeDto> changes) {
    }

    @GetMapping("/requests/{requestId}/submissions/{municipalityCode}/history")
    @Operation(summary = "Svarets historik, nyast först: vem ändrade vad och när, före och efter "
            + "(kommunens egna kontaktpersoner, FoU och administratörer)")
    public List<HistoryEntryDto> history(@PathVariable long requestId, @PathVariable String municipalityCode) {
        return service.history(requestId, municipalityCode).stream().map(e -> new HistoryEntryDto(e.occurredAt(),
                e.actor(), e.actorName(), e.action(), e.details(), e.changes().stream()
                .map(c -> new ChangeDto(c.field(), c.before(), c.after())).toList())).toList();
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
        Map<StatisticsTable.Cell, Integer> counts = new HashMap<>();
        if (update.counts() != null) {
            update.counts().forEach(c -> counts.put(new StatisticsTable.Cell(c.row(), c.breakdown(), c.category()), c.count()));
        }
        // A PUT states the explanation as it now is: null clears a stored one instead of leaving it unchanged
        String explanation = update.mismatchExplanation() == null ? "" : update.mismatchExplanation();
        Submission saved = update.submit()
                ? service.submit(requestId, municipalityCode, update.version(), answers, counts, explanation)
                : service.saveDraft(requestId, municipalityCode, update.version(), answers, counts, explanation);
        return toDto(saved, municipalityCode);
    }

    /**
     * A refused submit whose draft was saved: 400 with the message, the draft's new version to save from, and the
     * breakdowns that do not sum.
     */
    @ExceptionHandler(SubmitRefusedException.class)
    ResponseEntity<ProblemDetail> refused(SubmitRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("problems", e.problems());
        problem.setProperty("saved", true);
        problem.setProperty("version", e.draft().version());
        problem.setProperty("mismatches", e.mismatches().stream().map(MismatchDto::of).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static RequestDto toDto(Request r) {
        return new RequestDto(r.id(), r.title(), r.instructions(), r.deadline(), r.answersPublished(),
                r.questions().stream().map(q -> new QuestionDto(q.id(), q.position(), q.text())).toList());
    }

    private SubmissionDto toDto(Submission s, String code) {
        StatisticsTable table = requestService.request(s.requestId()).statistics();
        List<CountDto> counts = table == null ? List.of() : table.cells().stream().filter(c -> s.counts().get(c) != null)
                .map(c -> new CountDto(c.row(), c.breakdown(), c.category(), s.counts().get(c), table.share(s.counts(), c)))
                .toList();
        List<MismatchDto> mismatches = table == null ? List.of()
                : table.mismatches(s.counts()).stream().map(MismatchDto::of).toList();
        return new SubmissionDto(s.requestId(), code, s.municipalityName(), s.status().name(), s.version(), s.deadline(),
                s.answers().entrySet().stream().map(e -> new AnswerDto(e.getKey(), e.getValue())).toList(), counts,
                mismatches, table == null ? null : table.explanationShown(s.counts(), s.mismatchExplanation()),
                s.submittedBy(), s.submittedAt());
    }
}
