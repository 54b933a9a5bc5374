package se.fou.oj.submission;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.region.RegionService;

/**
 * Where every request of many cycles stands at once, for pages that show the whole region (the overview): a fixed
 * number of queries however many cycles, requests and municipalities. Statuses only, never an answer's content.
 */
@Service
public class RequestStateService {

    private final SubmissionRepository repository;
    private final SubmissionAccess access;
    private final RegionService regionService;

    RequestStateService(SubmissionRepository repository, SubmissionAccess access, RegionService regionService) {
        this.repository = repository;
        this.access = access;
        this.regionService = regionService;
    }

    /** Every request of the given cycles with its submitted count and late municipalities, oldest request first. */
    @Transactional(readOnly = true)
    public List<RequestState> statesOfCycles(Collection<Long> cycleIds) {
        AppUserPrincipal user = CurrentUser.require();
        List<Request> requests = repository.requestsOfCycles(cycleIds);
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Submission>> byRequest = access.of(requests, regionService.activeMunicipalities());
        return requests.stream().map(r -> {
            List<Submission> submissions = byRequest.get(r.id());
            Integer submitted = user.seesWholeRegion()
                    ? (int) submissions.stream().filter(Submission::submitted).count() : null;
            List<RequestState.Late> late = submissions.stream().filter(s -> s.status() == Submission.Status.LATE)
                    .filter(s -> user.seesWholeRegion() || Objects.equals(user.municipalityId(), s.municipalityId()))
                    .map(s -> new RequestState.Late(s.municipalityId(), s.municipalityName(), s.deadline())).toList();
            return new RequestState(r, submitted, submissions.size(), late);
        }).toList();
    }
}
