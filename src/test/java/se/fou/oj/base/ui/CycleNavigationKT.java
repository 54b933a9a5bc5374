package se.fou.oj.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.Plan;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;

/** One navigation on every page of a cycle, by role; the breadcrumb; the side menu's cycles; titles naming the view. */
class CycleNavigationKT extends KaribuTest {

    private static final List<String> ALL = List.of("results", "compilation", "interpretations", "meetings", "areas",
            "requests", "analysis", "followup");

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    MeetingService meetingService;

    @Autowired
    CycleService cycleService;

    private static List<String> entries() {
        return _find(Anchor.class, s -> s.withClasses("cycle-nav-entry")).stream()
                .map(a -> a.getId().orElseThrow().substring("cycle-nav-".length())).toList();
    }

    private static Anchor entry(String key) {
        return _get(Anchor.class, s -> s.withId("cycle-nav-" + key));
    }

    private static String breadcrumb() {
        return _get(Breadcrumb.class, s -> s.withId("breadcrumb")).text();
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    /** A fresh cycle whose short analysis is sent and decided, its results and answers not yet published. */
    private Cycle decidedCycle() {
        Cycle cycle = fixture.stage2().cycle();
        fixture.decidedArea(cycle, List.of("EB13"), List.of(new Plan.Milestone(LocalDate.of(2021, 3, 31), "Rutin")));
        return cycle;
    }

    @Test
    void eachRoleSeesThePagesItMayOpenWithTheCurrentOneMarked() {
        Cycle cycle = decidedCycle();

        login("fou");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/meetings");
        assertThat(entries()).containsExactlyElementsOf(ALL);
        assertThat(entry("meetings").getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(entry("meetings").getClassNames()).contains("current");
        assertThat(entry("results").getElement().getAttribute("aria-current")).isNull();
        assertThat(entry("results").getHref()).isEqualTo("cycles/" + cycle.id() + "/results");
        assertThat(entry("analysis").getText()).isEqualTo("Kort analys");

        // The social chiefs decide on the report sent to them, so they reach it
        login("socialchef");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/requests");
        assertThat(entries()).containsExactlyElementsOf(ALL);
        assertThat(entry("requests").getElement().getAttribute("aria-current")).isEqualTo("page");

        // A contact reads the report only when every municipality's results and answers are public: not yet here
        login("ekero");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/results");
        assertThat(entries()).containsExactly("results", "compilation", "interpretations", "meetings", "areas",
                "requests", "followup");
        assertThat(entry("results").getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_find(Anchor.class, s -> s.withId("cycle-nav-analysis"))).isEmpty();
        // The results page's old button bar is gone: the navigation replaces it
        assertThat(_find(Button.class, s -> s.withId("open-meetings"))).isEmpty();
    }

    @Test
    void aFreshCycleOffersTheShortAnalysisToFouOnly() {
        Cycle cycle = testData.newCycle();
        login("fou");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/development-areas");
        assertThat(entries()).contains("analysis");
        assertThat(entry("areas").getElement().getAttribute("aria-current")).isEqualTo("page");

        login("socialchef");
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/compilation");
        assertThat(entries()).doesNotContain("analysis").contains("compilation", "followup");
    }

    @Test
    void theBreadcrumbPutsAMeetingInsideItsCycleAndTheTitleNamesTheView() {
        Cycle demo = testData.demoCycle();
        Meeting meeting = SystemActor.call(() -> meetingService.meetingsOfCycle(demo.id())).stream()
                .filter(m -> m.kind() == MeetingKind.RESULT_MEETING).findFirst().orElseThrow();
        login("fou");
        UI.getCurrent().navigate("cycles/" + demo.id() + "/meetings");
        assertThat(breadcrumb()).isEqualTo("Startsida › Ekonomiskt bistånd 2018 › Möten");
        assertThat(title()).isEqualTo("Möten – Ekonomiskt bistånd 2018 – FoU Nordväst");

        UI.getCurrent().navigate("meetings/" + meeting.id());
        assertThat(breadcrumb()).isEqualTo("Startsida › Ekonomiskt bistånd 2018 › Möten › " + meeting.title());
        assertThat(entry("meetings").getElement().getAttribute("aria-current")).isEqualTo("page");
        // The meeting's own title already names its cycle, which the browser title does not repeat
        assertThat(meeting.title()).isEqualTo("Resultatmöte – Ekonomiskt bistånd 2018");
        assertThat(title()).isEqualTo("Resultatmöte – Ekonomiskt bistånd 2018 – FoU Nordväst");
        Breadcrumb crumb = _get(Breadcrumb.class, s -> s.withId("breadcrumb"));
        assertThat(crumb.getElement().getTag()).isEqualTo("nav");
        assertThat(crumb.getElement().getAttribute("aria-label")).isEqualTo("Brödsmulor");
        assertThat(_find(Anchor.class, s -> s.withText("Ekonomiskt bistånd 2018")).get(0).getHref())
                .isEqualTo("cycles/" + demo.id() + "/results");

        UI.getCurrent().navigate("cycles/" + demo.id() + "/follow-up");
        assertThat(breadcrumb()).isEqualTo("Startsida › Ekonomiskt bistånd 2018 › Uppföljning");
        assertThat(title()).isEqualTo("Uppföljning – Ekonomiskt bistånd 2018 – FoU Nordväst");

        UI.getCurrent().navigate("");
        assertThat(title()).isEqualTo("Startsida – FoU Nordväst");
    }

    @Test
    void theSideMenuListsTheReachableCyclesNewestFirst() {
        login("ekero");
        UI.getCurrent().navigate("");
        List<Cycle> cycles = SystemActor.call(() -> cycleService.cycles());
        List<SideNavItem> items = _find(SideNavItem.class).stream()
                .filter(i -> i.getId().orElse("").startsWith("nav-cycle-")).toList();
        assertThat(items).hasSize(cycles.size());
        assertThat(items).extracting(SideNavItem::getLabel).contains("Ekonomiskt bistånd 2018");
        List<Integer> years = items.stream().map(i -> Integer.parseInt(i.getLabel().replaceAll(".* ", ""))).toList();
        assertThat(years).isSortedAccordingTo(Comparator.reverseOrder());
        SideNavItem demo = _get(SideNavItem.class, s -> s.withId("nav-cycle-" + testData.demoCycle().id()));
        assertThat(demo.getPath()).isEqualTo("cycles/" + testData.demoCycle().id() + "/results");
        // The header's user items stay reachable in one menu on a phone
        _get(MenuBar.class, s -> s.withId("user-menu"));
    }
}
