package se.fou.oj.overview;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.actionplan.ActionPlanRoutes;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.AreaProgress;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.followup.MilestoneProgress;
import se.fou.oj.followup.MilestoneProgressService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDate;
import se.fou.oj.meeting.MeetingRoutes;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MeetingTitle;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.overview.Overview.ActionRow;
import se.fou.oj.overview.Overview.AreaRow;
import se.fou.oj.overview.Overview.CycleRow;
import se.fou.oj.overview.Overview.MeetingRow;
import se.fou.oj.overview.Overview.NextFollowUp;
import se.fou.oj.overview.Overview.RequestRow;
import se.fou.oj.results.ResultsRoutes;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestState;
import se.fou.oj.submission.RequestStateService;
import se.fou.oj.submission.SubmissionRoutes;

/**
 * The region at a glance: every cycle with its stage, the open requests and who is late, the decided improvement
 * areas with their next milestone and follow-up, the overdue action items and the next meetings. Read in a fixed number
 * of queries, however many cycles, requests, areas and meetings (each feature's batched read, never one per row). What
 * each reader sees follows the features' own rules (a contact: only the meetings she may see, only her own lateness);
 * rows about the reader's municipality come first.
 */
@Service
public class OverviewService {

    /** How many meetings ahead the overview lists. */
    static final int NEXT_MEETINGS = 10;

    private final CycleService cycleService;
    private final ActionPlanService actionPlans;
    private final RequestStateService requestStates;
    private final DecisionService decisionService;
    private final FollowUpService followUpService;
    private final MilestoneProgressService milestones;
    private final MeetingService meetingService;
    private final MinutesService minutesService;
    private final Messages messages;
    private final Clock clock;
    private final String regionName;

    OverviewService(CycleService cycleService, RequestStateService requestStates, DecisionService decisionService,
                    FollowUpService followUpService, MilestoneProgressService milestones, MeetingService meetingService,
                    MinutesService minutesService, ActionPlanService actionPlans, Messages messages, Clock clock,
                    @Value("${app.region-name:FoU Nordväst}") String regionName) {
        this.actionPlans = actionPlans;
        this.messages = messages;
        this.regionName = regionName;
        this.cycleService = cycleService;
        this.requestStates = requestStates;
        this.decisionService = decisionService;
        this.followUpService = followUpService;
        this.milestones = milestones;
        this.meetingService = meetingService;
        this.minutesService = minutesService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        AppUserPrincipal user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        Long own = user.municipalityId();
        List<Cycle> cycles = cycleService.cycles();
        Map<Long, Cycle> cyclesById = cycles.stream().collect(Collectors.toMap(Cycle::id, Function.identity()));
        List<Long> cycleIds = cycles.stream().map(Cycle::id).toList();
        List<RequestState> requests = requestStates.statesOfCycles(cycleIds);
        Map<Long, Request> requestsById = requests.stream().map(RequestState::request)
                .collect(Collectors.toMap(Request::id, Function.identity()));
        List<ImprovementArea> areas = decisionService.allImprovementAreas();
        List<MeetingDate> meetings = meetingService.meetingDatesOfCycles(cycleIds).values().stream()
                .flatMap(List::stream).toList();
        return new Overview(today, ownMunicipalityName(user), cycleRows(cycles),
                requestRows(requests, cyclesById, own, today),
                areaRows(areas, requestsById, meetings, own, today), actionRows(areas, own),
                meetingRows(meetings, cyclesById, LocalDateTime.now(clock)));
    }

    /** The same overview, as the reader sees it, as a PDF for a meeting's papers. */
    @Transactional(readOnly = true)
    public void writePdf(OutputStream out) {
        OverviewPdf.write(overview(), regionName, messages, out);
    }

    private static String ownMunicipalityName(AppUserPrincipal user) {
        return user.municipalityId() == null ? null : user.municipalityName();
    }

    /** Every cycle, grouped by area (in Swedish alphabetical order), newest year first within an area. */
    private static List<CycleRow> cycleRows(List<Cycle> cycles) {
        Collator swedish = Collator.getInstance(Messages.SWEDISH);
        return cycles.stream().sorted(Comparator.comparing(Cycle::areaName, swedish)
                        .thenComparing(Comparator.comparingInt(Cycle::year).reversed()))
                .map(c -> new CycleRow(c.id(), c.areaName(), c.year(), c.stage(), ResultsRoutes.results(c.id()))).toList();
    }

    /** Requests whose answers are not yet published, soonest deadline first; those the reader's municipality is late with first. */
    private static List<RequestRow> requestRows(List<RequestState> states, Map<Long, Cycle> cycles, Long own, LocalDate today) {
        List<RequestRow> rows = new ArrayList<>();
        for (RequestState state : states) {
            Request request = state.request();
            if (request.answersPublished()) {
                continue;
            }
            boolean ownLate = own != null && state.late().stream().anyMatch(l -> l.municipalityId() == own);
            // The reader's own municipality first among the late
            List<String> late = state.late().stream()
                    .sorted(Comparator.comparing((RequestState.Late l) -> !Objects.equals(l.municipalityId(), own)))
                    .map(RequestState.Late::municipalityName).toList();
            LocalDate deadline = own == null ? request.deadline() : request.deadlineFor(own);
            Cycle cycle = cycles.get(request.cycleId());
            rows.add(new RequestRow(request.id(), request.cycleId(), cycle == null ? "" : cycle.title(), request.title(),
                    deadline, state.submitted(), state.municipalities(), late, ownLate,
                    SubmissionRoutes.requests(request.cycleId())));
        }
        rows.sort(Comparator.comparing((RequestRow r) -> !r.ownLate()).thenComparing(RequestRow::deadline));
        return rows;
    }

    private List<AreaRow> areaRows(List<ImprovementArea> areas, Map<Long, Request> requests, List<MeetingDate> meetings,
                                   Long own, LocalDate today) {
        List<Long> areaIds = areas.stream().map(ImprovementArea::developmentAreaId).distinct().toList();
        Map<Long, List<FollowUp>> followUps = followUpService.followUpsOfAreas(areaIds);
        Map<Long, List<MilestoneProgress>> progress = milestones.progressOfAreas(areas);
        Map<Long, AreaProgress> plans = actionPlans.progressOfAreas(areaIds);
        // The follow-up meetings' days: those the reader sees from the cycles' meetings, the rest by title (one query)
        Map<Long, LocalDateTime> meetingDays = meetings.stream().filter(m -> m.status() != Meeting.Status.CANCELLED)
                .collect(Collectors.toMap(MeetingDate::id, MeetingDate::startsAt));
        List<AreaRow> rows = new ArrayList<>();
        for (ImprovementArea area : areas) {
            long id = area.developmentAreaId();
            Overview.Milestone next = progress.getOrDefault(id, List.of()).stream().filter(p -> p.reachedOn() == null)
                    .findFirst().map(p -> new Overview.Milestone(p.milestone().dueOn(), p.milestone().title(),
                            p.milestone().dueOn().isBefore(today))).orElse(null);
            AreaProgress planProgress = plans.getOrDefault(id, AreaProgress.none(id));
            rows.add(new AreaRow(id, area.title(), area.cycleTitle(), progressRows(planProgress, own),
                    planProgress.regionShare() == null ? null : planProgress.regionDisplay(), next,
                    nextFollowUp(followUps.getOrDefault(id, List.of()), requests, meetingDays, own, today).orElse(null),
                    OverviewLinks.followUp(id), ActionPlanRoutes.actionPlans(id)));
        }
        return rows;
    }

    /** Each municipality's progress with its action plan, the reader's own first, then in the plans' order. */
    private static List<Overview.Progress> progressRows(AreaProgress progress, Long own) {
        return progress.municipalities().stream()
                .map(m -> new Overview.Progress(m.municipalityId(), m.municipalityName(), m.progress().done(),
                        m.progress().counted(), m.progress().overdue(), m.progress().share(), m.progress().display(),
                        own != null && own == m.municipalityId()))
                .sorted(Comparator.comparing((Overview.Progress p) -> !p.own())).toList();
    }

    /** The follow-up whose meeting (or, without one, whose request's deadline) is the soonest from today on. */
    private static Optional<NextFollowUp> nextFollowUp(List<FollowUp> followUps, Map<Long, Request> requests,
                                                       Map<Long, LocalDateTime> meetingDays, Long own, LocalDate today) {
        return followUps.stream().map(f -> {
            LocalDateTime meeting = f.meetingId() == null ? null : meetingDays.get(f.meetingId());
            if (meeting != null) {
                return new NextFollowUp(f.id(), f.title(), meeting.toLocalDate(), true, OverviewLinks.followUp(f.developmentAreaId()));
            }
            Request request = f.requestId() == null ? null : requests.get(f.requestId());
            if (request == null) {
                return null;
            }
            return new NextFollowUp(f.id(), f.title(), own == null ? request.deadline() : request.deadlineFor(own), false,
                    OverviewLinks.followUp(f.developmentAreaId()));
        }).filter(Objects::nonNull).filter(n -> !n.on().isBefore(today)).min(Comparator.comparing(NextFollowUp::on));
    }

    /**
     * Overdue action items: from the minutes and from the municipalities' action plans; the reader's municipality's
     * first, then by date.
     */
    private List<ActionRow> actionRows(List<ImprovementArea> areas, Long own) {
        List<Meeting.ActionItem> items = minutesService.overdueActionItems();
        Map<Long, MeetingTitle> titles = meetingService.titles(items.stream().map(Meeting.ActionItem::meetingId)
                .distinct().toList());
        List<ActionRow> rows = new ArrayList<>();
        for (Meeting.ActionItem item : items) {
            MeetingTitle meeting = titles.get(item.meetingId());
            rows.add(new ActionRow("MEETING", item.text(), item.owner(), item.ownerMunicipalityId(), item.dueDate(),
                    meeting == null ? "" : meeting.title(), own != null && own.equals(item.ownerMunicipalityId()),
                    MeetingRoutes.meeting(item.meetingId())));
        }
        Map<Long, String> areaTitles = new HashMap<>();
        areas.forEach(a -> areaTitles.put(a.developmentAreaId(), a.title()));
        for (Activity activity : actionPlans.overdueActivities(areaTitles.keySet())) {
            rows.add(new ActionRow("PLAN", activity.what(), planOwner(activity), activity.municipalityId(), activity.dueOn(),
                    areaTitles.get(activity.developmentAreaId()), own != null && own.equals(activity.municipalityId()),
                    ActionPlanRoutes.actionPlans(activity.developmentAreaId())));
        }
        rows.sort(Comparator.comparing((ActionRow r) -> !r.own()).thenComparing(ActionRow::due));
        return rows;
    }

    /** "Anna Ansvarig, Ekerö": the person and the plan's municipality, whichever are known. */
    private String planOwner(Activity activity) {
        String municipality = activity.municipalityId() == null ? messages.get("actionPlan.regionPlan")
                : activity.municipalityName();
        return activity.responsiblePerson() == null || activity.responsiblePerson().isBlank() ? municipality
                : activity.responsiblePerson() + (municipality == null ? "" : ", " + municipality);
    }

    /** The meetings ahead that still stand, soonest first. */
    private static List<MeetingRow> meetingRows(List<MeetingDate> meetings, Map<Long, Cycle> cycles, LocalDateTime now) {
        return meetings.stream().filter(m -> m.status() != Meeting.Status.CANCELLED && !m.startsAt().isBefore(now))
                .sorted(Comparator.comparing(MeetingDate::startsAt)).limit(NEXT_MEETINGS)
                .map(m -> new MeetingRow(m.id(), m.title(), cycles.containsKey(m.cycleId()) ? cycles.get(m.cycleId()).title() : "",
                        m.kind(), m.startsAt(), MeetingRoutes.meeting(m.id()))).toList();
    }
}
