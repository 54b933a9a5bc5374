package se.fou.oj.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.actionplan.ui.ActionPlanView;
import se.fou.oj.followup.ui.FollowUpView;
import se.fou.oj.meeting.ui.MeetingView;
import se.fou.oj.overview.OverviewFixture;
import se.fou.oj.overview.OverviewFixtures;
import se.fou.oj.results.ui.ResultsView;
import se.fou.oj.submission.ui.RequestsView;

/** The overview as FoU, a social chief and a contact see it: its rows, and every row's link opening its page. */
class OverviewViewKT extends KaribuTest {







    @Autowired
    OverviewFixtures fixtures;

    private OverviewFixture data() {
        return fixtures.create();
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private static String href(String id) {
        return _get(Anchor.class, s -> s.withId(id)).getHref();
    }

    private static List<String> menu() {
        return _get(SideNav.class, s -> s.withId("main-nav")).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void fouSeesEveryPartAndEachRowOpensItsPage() {
        OverviewFixture data = fixtures.createWithActionPlans();
        long cycleId = data.stage2().cycle().id();
        long areaId = data.area().id();
        login("fou");
        UI.getCurrent().navigate("overview");
        assertThat(menu()).contains("Översikt");
        _get(OverviewView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Översikt");
        _get(Anchor.class, s -> s.withId("overview-pdf"));

        assertThat(text("overview-cycle-row-" + cycleId)).contains(data.stage2().cycle().areaName(),
                String.valueOf(data.stage2().cycle().year()), "Led 3: Uppföljning");
        assertThat(text("overview-request-row-" + data.stage2().request().id())).contains("Ohälsa och försörjning",
                "2 av ", "Solna", "Sigtuna").doesNotContain("Ekerö");
        assertThat(text("overview-area-row-" + areaId)).contains("Samverkan kring ohälsa",
                "2020-06-30 Rutinen klar (datum passerat)",
                "Uppföljning 1: möte " + data.followUpMeeting().startsAt().toLocalDate());
        assertThat(text("overview-progress-" + areaId)).contains("Ekerö: 1 av 2 klara – 50 %", "Solna: 0 av 1 klara – 0 %",
                "Regionen: ");
        assertThat(_find(ProgressBar.class, s -> s.withAttribute("aria-label", "Ekerö"))).extracting(ProgressBar::getValue)
                .contains(0.5);
        assertThat(text("overview-actions")).contains(OverviewFixture.EKERO_OVERDUE, "Handlingsplan: Samverkan kring ohälsa");
        assertThat(text("overview-actions")).contains(OverviewFixture.SOLNA_ACTION, OverviewFixture.EKERO_ACTION,
                "Möte: Uppföljningsmöte om ohälsa");
        assertThat(text("overview-meeting-row-" + data.fouMeeting().id())).contains("FoU:s förberedelse",
                "Kvalitetssäkringsmöte");

        Map<String, Class<? extends Component>> links = new LinkedHashMap<>();
        links.put(href("overview-cycle-" + cycleId), ResultsView.class);
        links.put(href("overview-request-" + data.stage2().request().id()), RequestsView.class);
        links.put(href("overview-area-" + areaId), FollowUpView.class);
        links.put(href("overview-follow-up-" + areaId), FollowUpView.class);
        links.put(href("overview-meeting-" + data.followUpMeeting().id()), MeetingView.class);
        List<String> actions = _find(Anchor.class).stream().filter(a -> a.getId().orElse("").startsWith("overview-action-")
                && !a.getId().orElse("").startsWith("overview-action-plans-")).map(Anchor::getHref).toList();
        links.put(actions.stream().filter(h -> h.startsWith("meetings/")).findFirst().orElseThrow(), MeetingView.class);
        links.put(actions.stream().filter(h -> h.endsWith("/action-plans")).findFirst().orElseThrow(), ActionPlanView.class);
        links.put(href("overview-action-plans-" + areaId), ActionPlanView.class);
        links.forEach((link, view) -> {
            UI.getCurrent().navigate(link);
            assertThat(_find(view)).as(link).hasSize(1);
        });
    }

    @Test
    void aContactSeesHerOwnMunicipalityFirstAndASocialChiefHasTheMenuEntry() {
        OverviewFixture data = data();
        login("ekero");
        UI.getCurrent().navigate("overview");
        assertThat(menu()).contains("Översikt");
        assertThat(text("overview-lead")).contains("Det som rör Ekerö står först.");
        assertThat(text("overview-action-row-0")).as("Ekerö's own first").contains("Ekerö");
        assertThat(text("overview-actions")).contains(OverviewFixture.EKERO_ACTION, OverviewFixture.SOLNA_ACTION);
        assertThat(text("overview-request-row-" + data.stage2().request().id())).contains("Ekerö är inte sen")
                .doesNotContain("Solna", " av ");
        _assertNone("overview-meeting-row-" + data.fouMeeting().id());

        login("socialchef");
        UI.getCurrent().navigate("overview");
        assertThat(menu()).contains("Översikt");
        assertThat(text("overview-lead")).contains("Det som rör Sigtuna står först.");
    }

    private static void _assertNone(String id) {
        assertThat(_find(Component.class, s -> s.withId(id))).isEmpty();
    }
}
