package se.fou.oj.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.submission.CompiledAnswers;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;

/**
 * The statistics of follow-ups: the table of the area's original request (what a new follow-up's table starts from)
 * and each follow-up's figures beside the original's. Figures are read through the request services, so their rules
 * hold here too: FoU and social chiefs see every submitted answer, a contact every municipality's once FoU has
 * published them and before that only her own municipality's.
 */
@Service
public class FollowUpStatistics {

    private final FollowUpRepository repository;
    private final DevelopmentAreaService developmentAreaService;
    private final RequestService requestService;
    private final SubmissionService submissionService;

    FollowUpStatistics(FollowUpRepository repository, DevelopmentAreaService developmentAreaService,
                       RequestService requestService, SubmissionService submissionService) {
        this.repository = repository;
        this.developmentAreaService = developmentAreaService;
        this.requestService = requestService;
        this.submissionService = submissionService;
    }

    /**
     * The area's original request: the earliest request about the area in its cycle that is not a follow-up's own
     * request; empty when FoU sent none.
     */
    @Transactional(readOnly = true)
    public Optional<Request> originalRequest(long developmentAreaId) {
        long cycleId = developmentAreaService.developmentArea(developmentAreaId).cycleId();
        Set<Long> followUpRequests = repository.ofAreas(List.of(developmentAreaId)).stream().map(FollowUp::requestId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return requestService.requests(cycleId).stream()
                .filter(r -> Objects.equals(r.developmentAreaId(), developmentAreaId) && !followUpRequests.contains(r.id()))
                .min(Comparator.comparingLong(Request::id));
    }

    /** The statistics table of the area's original request, when it had one: where a follow-up's table starts. */
    @Transactional(readOnly = true)
    public Optional<StatisticsTable> originalTable(long developmentAreaId) {
        return originalRequest(developmentAreaId).map(Request::statistics);
    }

    /** The follow-up's figures beside the original's, as the reader may see them; empty when its request has no table. */
    @Transactional(readOnly = true)
    public Optional<StatisticsComparison> comparison(FollowUp followUp) {
        if (followUp.requestId() == null) {
            return Optional.empty();
        }
        Request request = requestService.request(followUp.requestId());
        if (request.statistics() == null) {
            return Optional.empty();
        }
        Request original = originalRequest(followUp.developmentAreaId()).orElse(null);
        return Optional.ofNullable(StatisticsComparison.of(original, original == null ? null : visible(original), request,
                visible(request)));
    }

    /**
     * The comparison for the follow-up PDF, which is the same for every reader: only published answers, on either side.
     * Null when the follow-up's request has no table or its answers are not published ({@code answers} null).
     */
    StatisticsComparison published(FollowUp followUp, Request request, CompiledAnswers answers) {
        if (request == null || request.statistics() == null || answers == null) {
            return null;
        }
        Request original = originalRequest(followUp.developmentAreaId()).orElse(null);
        StatisticsComparison.Figures originalFigures = original == null ? null : original.answersPublished()
                ? new StatisticsComparison.Figures(requestService.compiled(original.id()).submissions(), true)
                : new StatisticsComparison.Figures(List.of(), false);
        return StatisticsComparison.of(original, originalFigures, request,
                new StatisticsComparison.Figures(answers.submissions(), true));
    }

    /** The submitted figures the reader may see of a request, and whether they are every municipality's. */
    private StatisticsComparison.Figures visible(Request request) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.seesWholeRegion() || request.answersPublished()) {
            return new StatisticsComparison.Figures(requestService.compiled(request.id()).submissions(), true);
        }
        if (user.municipalityCode() == null) {
            return new StatisticsComparison.Figures(List.of(), false);
        }
        Submission own = submissionService.submission(request.id(), user.municipalityCode());
        return new StatisticsComparison.Figures(own.submitted() ? List.of(own) : List.of(), false);
    }
}
