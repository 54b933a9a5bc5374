package se.fou.oj.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.fou.oj.actionplan.ActionPlan;
import se.fou.oj.actionplan.ActionPlanService;
import se.fou.oj.actionplan.Activity;
import se.fou.oj.actionplan.ActivityDraft;
import se.fou.oj.actionplan.ActivityStatus;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.user.AppUserDetailsService;

/**
 * The municipalities' action plans of the two decided improvement areas, laid out from the decided plans' split of
 * responsibility and kept since: activities done in 2018–2020 (matching the ÖJ answers the generator tells, e.g. Ekerö's
 * and Solna's agreements with primary care), one paused, one dropped with its reason, one not started and overdue, the
 * rest ongoing towards due dates a few weeks or months after the load date (the plans were renewed after the second
 * follow-up, dated like {@link DemoCurrentCycle} relative to the load date), with dated progress notes, and Järfälla's
 * plan for ill health approved by its social chief. The contacts keep their own municipality's plan; FoU helps the
 * municipalities without a demo contact and keeps its own plan.
 */
@Component
class DemoActionPlans {

    static final String ILL_HEALTH_TASK = "Tar fram rutin för samverkan med primärvård och vuxenpsykiatri";
    static final String JARFALLA_TASK = "Prövar rutinen först och delar erfarenheterna";
    static final String ILL_HEALTH_FOU_TASK = "Sammanställer uppföljningen och orsakskoderna varje år";
    static final String PLANS_TASK = "Upprättar och följer upp planerna tillsammans med den enskilde";
    static final String TEMPLATE_TASK = "Leder arbetet med den gemensamma mallen";
    static final String PLANS_FOU_TASK = "Följer upp andelen planer i ÖJ och genom aktgranskning";

    private final ActionPlanService plans;
    private final DevelopmentAreaService developmentAreas;
    private final AppUserDetailsService users;
    private final DemoTimeline timeline;
    private final Clock clock;
    private final Map<String, ActionPlan> planned = new HashMap<>();

    DemoActionPlans(ActionPlanService plans, DevelopmentAreaService developmentAreas, AppUserDetailsService users,
                    DemoTimeline timeline, Clock clock) {
        this.plans = plans;
        this.developmentAreas = developmentAreas;
        this.users = users;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Runs as the system user; each change is made by whoever keeps the plan, on its day. */
    void load(Cycle cycle) {
        long illHealth = developmentAreas.areasOfCycle(cycle.id()).get(0).id();
        long carePlans = developmentAreas.areasOfCycle(cycle.id()).get(1).id();
        // The plans are read once (seeded now if the decision's listener has not yet): each step then needs only its ids
        planned.clear();
        for (long areaId : List.of(illHealth, carePlans)) {
            plans.plans(areaId).forEach(plan -> planned.put(key(areaId, plan.municipalityName()), plan));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate renewed = before(today.minusDays(20));
        LocalDate started = LocalDate.of(2018, 9, 1);

        // Ill health: the agreements with primary care as ÖJ tells them (Sigtuna, Sundbyberg, Upplands-Bro before the
        // decision, Ekerö in March 2019, Solna in May 2019)
        for (String municipality : List.of("Sigtuna", "Sundbyberg", "Upplands-Bro")) {
            change(LocalDate.of(2018, 9, 5), "fou", illHealth, municipality, ILL_HEALTH_TASK, person(municipality), started,
                    LocalDate.of(2018, 12, 31), ActivityStatus.DONE, null,
                    "Överenskommelsen med primärvården fanns redan när området beslutades; rutinen gäller även vuxenpsykiatrin.");
        }
        change(LocalDate.of(2018, 9, 3), "ekero", illHealth, "Ekerö", ILL_HEALTH_TASK, person("Ekerö"), started,
                LocalDate.of(2019, 3, 31), ActivityStatus.ONGOING, null, "Första mötet med vårdcentralen i Ekerö bokat.");
        change(LocalDate.of(2019, 3, 15), "ekero", illHealth, "Ekerö", ILL_HEALTH_TASK, person("Ekerö"), started,
                LocalDate.of(2019, 3, 31), ActivityStatus.DONE, null, "Överenskommelsen med vårdcentralen är underskriven.");
        change(LocalDate.of(2018, 9, 10), "solna", illHealth, "Solna", ILL_HEALTH_TASK, person("Solna"), started,
                LocalDate.of(2019, 6, 30), ActivityStatus.ONGOING, null, null);
        change(LocalDate.of(2019, 5, 20), "solna", illHealth, "Solna", ILL_HEALTH_TASK, person("Solna"), started,
                LocalDate.of(2019, 6, 30), ActivityStatus.DONE, null, "Överenskommelsen med primärvården skrevs under i maj.");
        change(LocalDate.of(2018, 9, 3), "jarfalla", illHealth, "Järfälla", JARFALLA_TASK, person("Järfälla"), started,
                LocalDate.of(2019, 9, 30), ActivityStatus.ONGOING, null, "Rutinen prövas i två handläggargrupper.");
        change(LocalDate.of(2019, 9, 24), "jarfalla", illHealth, "Järfälla", JARFALLA_TASK, person("Järfälla"), started,
                LocalDate.of(2019, 9, 30), ActivityStatus.DONE, null, "Erfarenheterna delades på uppföljningsmötet.");
        change(LocalDate.of(2020, 3, 10), "fou", illHealth, "Sollentuna", ILL_HEALTH_TASK, person("Sollentuna"), started,
                renewed.plusDays(110), ActivityStatus.PAUSED, null,
                "Pausad: överenskommelsen med vuxenpsykiatrin löpte ut 2019 och en ny verksamhetschef ska tillsättas.");
        note(LocalDate.of(2020, 11, 20), "fou", illHealth, null, ILL_HEALTH_FOU_TASK,
                "Uppföljning 2 sammanställd; orsakskoderna jämförda med 2015.");
        // Renewed after the second follow-up, with due dates of this year
        change(renewed, "jarfalla", illHealth, "Järfälla", ILL_HEALTH_TASK, person("Järfälla"), started,
                renewed.plusDays(50), ActivityStatus.ONGOING, null, "Rutinen gäller i hela enheten; vuxenpsykiatrin återstår.");
        change(renewed, "fou", illHealth, "Upplands Väsby", ILL_HEALTH_TASK, person("Upplands Väsby"), started,
                renewed.plusDays(10), ActivityStatus.NOT_STARTED, null, null);
        change(renewed, "fou", illHealth, null, ILL_HEALTH_FOU_TASK, "Fredrik Uppföljare", started,
                renewed.plusDays(80), ActivityStatus.ONGOING, null, null);
        timeline.on(before(today.minusDays(15)), LocalTime.of(10, 0), () -> SystemActor.callAs(user("socialchef-jarfalla"),
                () -> plans.approve(plan(illHealth, "Järfälla").id())));

        // Implementation plans: the common template first (Ekerö), then the plans themselves
        change(LocalDate.of(2018, 9, 3), "ekero", carePlans, "Ekerö", TEMPLATE_TASK, person("Ekerö"), started,
                LocalDate.of(2019, 1, 31), ActivityStatus.ONGOING, null, null);
        change(LocalDate.of(2019, 1, 28), "ekero", carePlans, "Ekerö", TEMPLATE_TASK, person("Ekerö"), started,
                LocalDate.of(2019, 1, 31), ActivityStatus.DONE, null, "Mallen är antagen av alla åtta kommuner.");
        change(LocalDate.of(2019, 2, 15), "ekero", carePlans, "Ekerö", PLANS_TASK, person("Ekerö"), started,
                LocalDate.of(2019, 6, 30), ActivityStatus.DONE, null, "Alla nya planer görs med mallen tillsammans med den enskilde.");
        change(LocalDate.of(2019, 11, 4), "solna", carePlans, "Solna", PLANS_TASK, person("Solna"), started,
                LocalDate.of(2019, 12, 31), ActivityStatus.DONE, null, "Aktgranskningen visar planer i nio av tio akter.");
        for (String municipality : List.of("Sigtuna", "Sundbyberg", "Upplands-Bro")) {
            change(LocalDate.of(2018, 9, 5), "fou", carePlans, municipality, PLANS_TASK, person(municipality), started,
                    LocalDate.of(2018, 12, 31), ActivityStatus.DONE, null, null);
        }
        change(LocalDate.of(2020, 3, 10), "fou", carePlans, "Upplands Väsby", PLANS_TASK, person("Upplands Väsby"), started,
                LocalDate.of(2020, 8, 31), ActivityStatus.DROPPED,
                "Görs i kommunens eget kvalitetsprojekt om genomförandeplaner.", null);
        note(LocalDate.of(2020, 2, 3), "jarfalla", carePlans, "Järfälla", PLANS_TASK,
                "Mallen används; uppföljningen tillsammans med den enskilde återstår.");
        note(LocalDate.of(2020, 3, 10), "fou", carePlans, null, PLANS_FOU_TASK, "ÖJ 2020: fler kommuner svarar JA på EB27.");
        change(renewed, "jarfalla", carePlans, "Järfälla", PLANS_TASK, person("Järfälla"), started, renewed.plusDays(65),
                ActivityStatus.ONGOING, null, null);
        change(renewed, "fou", carePlans, "Sollentuna", PLANS_TASK, person("Sollentuna"), started, renewed.plusDays(140),
                ActivityStatus.NOT_STARTED, null, null);
        change(renewed, "fou", carePlans, null, PLANS_FOU_TASK, "Fredrik Uppföljare", started, renewed.plusDays(100),
                ActivityStatus.ONGOING, null, null);
    }

    /** The activity changed on the day by whoever keeps the plan, with a progress note of that day when there is one. */
    private void change(LocalDate day, String username, long areaId, String municipality, String task, String person,
                        LocalDate startsOn, LocalDate dueOn, ActivityStatus status, String dropReason, String note) {
        timeline.on(day, LocalTime.of(11, 0), () -> SystemActor.callAs(user(username), () -> {
            Activity activity = activity(areaId, municipality, task);
            plans.updateActivity(activity.id(), new ActivityDraft(task, person, startsOn, dueOn, status, dropReason));
            if (note != null) {
                plans.addNote(activity.id(), day, note);
            }
            return null;
        }));
    }

    private void note(LocalDate day, String username, long areaId, String municipality, String task, String note) {
        timeline.on(day, LocalTime.of(15, 0), () -> SystemActor.callAs(user(username),
                () -> plans.addNote(activity(areaId, municipality, task).id(), day, note)));
    }

    private Activity activity(long areaId, String municipality, String task) {
        return plan(areaId, municipality).activities().stream().filter(a -> a.what().equals(task)).findFirst().orElseThrow();
    }

    /** The municipality's plan of the area, or the region's/FoU's own for null, as read at the start. */
    private ActionPlan plan(long areaId, String municipality) {
        return Objects.requireNonNull(planned.get(key(areaId, municipality)), municipality);
    }

    private static String key(long areaId, String municipality) {
        return areaId + "/" + municipality;
    }

    private static String person(String municipality) {
        return DemoMeetings.PEOPLE.get(municipality).get(0);
    }

    /** The day itself, or the Friday before a weekend. */
    private static LocalDate before(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    private AppUserPrincipal user(String username) {
        return (AppUserPrincipal) users.loadUserByUsername(username);
    }
}
