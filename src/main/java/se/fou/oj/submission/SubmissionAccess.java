package se.fou.oj.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;

/**
 * What both the requests and the answers rest on: finding a request or a municipality, reading the submissions with
 * their status (in a fixed number of queries, however many municipalities and requests), and who may see or write
 * which municipality's answer.
 */
@Component
class SubmissionAccess {

    private final SubmissionRepository repository;
    private final RegionService regionService;
    private final Messages messages;
    private final Clock clock;

    SubmissionAccess(SubmissionRepository repository, RegionService regionService, Messages messages, Clock clock) {
        this.repository = repository;
        this.regionService = regionService;
        this.messages = messages;
        this.clock = clock;
    }

    Request request(long id) {
        CurrentUser.require();
        return repository.request(id).orElseThrow(() -> new NotFoundException(messages.get("request.error.notFound", String.valueOf(id))));
    }

    Municipality municipality(String code) {
        return regionService.municipalityByCode(code)
                .orElseThrow(() -> new NotFoundException(messages.get("municipality.error.unknownCode", code)));
    }

    /** Every active municipality's submission to the request, in the region's order: three queries. */
    List<Submission> ofRegion(Request request) {
        return load(List.of(request), regionService.activeMunicipalities(), null).get(request.id());
    }

    /** Each given municipality's submissions to each given request, by request id, in the municipalities' order. */
    Map<Long, List<Submission>> of(List<Request> requests, List<Municipality> municipalities) {
        return load(requests, municipalities, null);
    }

    /** One municipality's submission to the request: three queries. */
    Submission of(Request request, Municipality municipality) {
        return load(List.of(request), List.of(municipality), municipality.id()).get(request.id()).get(0);
    }

    /** One municipality's submissions to the given requests, in their order: three queries. */
    List<Submission> of(List<Request> requests, Municipality municipality) {
        Map<Long, List<Submission>> loaded = load(requests, List.of(municipality), municipality.id());
        return requests.stream().map(r -> loaded.get(r.id()).get(0)).toList();
    }

    /** Submissions by request id, one per municipality given (a row not stored yet is "not started" or "late"). */
    private Map<Long, List<Submission>> load(Collection<Request> requests, List<Municipality> municipalities, Long onlyMunicipality) {
        List<Long> requestIds = requests.stream().map(Request::id).toList();
        Map<String, SubmissionRepository.Stored> stored = new HashMap<>();
        repository.stored(requestIds, onlyMunicipality).forEach(s -> stored.put(s.requestId() + "/" + s.municipalityId(), s));
        Map<Long, Map<Long, String>> answers = stored.isEmpty() ? Map.of() : repository.answers(requestIds, onlyMunicipality);
        Map<Long, Map<StatisticsTable.Cell, Integer>> counts = stored.isEmpty() ? Map.of()
                : repository.counts(requestIds, onlyMunicipality);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Submission>> result = new HashMap<>();
        for (Request request : requests) {
            List<Submission> submissions = new ArrayList<>();
            for (Municipality municipality : municipalities) {
                submissions.add(status(request, municipality, stored.get(request.id() + "/" + municipality.id()), answers,
                        counts, today));
            }
            result.put(request.id(), submissions);
        }
        return result;
    }

    private static Submission status(Request request, Municipality municipality, SubmissionRepository.Stored s,
                                     Map<Long, Map<Long, String>> answers,
                                     Map<Long, Map<StatisticsTable.Cell, Integer>> counts, LocalDate today) {
        LocalDate deadline = request.deadlineFor(municipality.id());
        if (s == null) {
            return new Submission(request.id(), municipality.id(), municipality.name(),
                    today.isAfter(deadline) ? Submission.Status.LATE : Submission.Status.NOT_STARTED, 0, Map.of(), null,
                    null, null, null, null, deadline, Map.of(), null);
        }
        Submission.Status status = switch (s.status()) {
            case "SUBMITTED" -> s.submittedAt().toLocalDate().isAfter(deadline) ? Submission.Status.SUBMITTED_LATE
                    : Submission.Status.SUBMITTED;
            case "REOPENED" -> today.isAfter(deadline) ? Submission.Status.LATE : Submission.Status.REOPENED;
            default -> today.isAfter(deadline) ? Submission.Status.LATE : Submission.Status.DRAFT;
        };
        return new Submission(request.id(), municipality.id(), municipality.name(), status, s.version(),
                answers.getOrDefault(s.id(), Map.of()), s.updatedBy(), s.updatedAt(), s.submittedBy(), s.submittedAt(),
                s.reopenReason(), deadline, counts.getOrDefault(s.id(), Map.of()), s.mismatchExplanation());
    }

    /**
     * FoU always, a contact their own, and another municipality's only once the answers are published and only if it
     * is submitted (a draft stays private).
     */
    void requireRead(Request request, Submission submission) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.seesWholeRegion() || Objects.equals(user.municipalityId(), submission.municipalityId())) {
            return;
        }
        if (!request.answersPublished()) {
            throw AccessGuard.deny(user, "readSubmission", "answers of request " + request.id() + " not published, municipality "
                    + submission.municipalityId() + " is not the user's own (" + user.municipalityCode() + ")");
        }
        if (!submission.submitted()) {
            throw AccessGuard.deny(user, "readSubmission", "answer of municipality " + submission.municipalityId()
                    + " to request " + request.id() + " is not submitted (" + submission.status() + ")");
        }
    }

    /** Only the municipality's own contacts write its submission (FoU reads, reopens). */
    AppUserPrincipal requireWrite(long municipalityId) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.role() != Role.MUNICIPAL_CONTACT || user.municipalityId() == null || user.municipalityId() != municipalityId) {
            throw AccessGuard.deny(user, "writeSubmission", "not a contact of municipality " + municipalityId);
        }
        return user;
    }

    /** FoU and social chiefs read every answer side by side at any time, contacts once the answers are published. */
    AppUserPrincipal requireCompiled(Request request) {
        AppUserPrincipal user = CurrentUser.require();
        if (!user.seesWholeRegion() && !request.answersPublished()) {
            throw AccessGuard.deny(user, "readCompiledAnswers", "answers of request " + request.id() + " not published");
        }
        return user;
    }
}
