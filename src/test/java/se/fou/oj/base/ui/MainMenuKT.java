package se.fou.oj.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingRoutes;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.ui.MeetingView;
import se.fou.oj.meeting.ui.MeetingsView;
import se.fou.oj.results.ResultsRoutes;
import se.fou.oj.results.ui.ResultsView;
import se.fou.oj.start.ui.StartView;
import se.fou.oj.submission.SubmissionRoutes;
import se.fou.oj.submission.ui.RequestsView;
import se.fou.oj.submission.ui.SubmissionView;

/**
 * The side menu built from the features' own {@code @Menu} entries (the layout imports none of their views), the
 * password dialog the user feature provides, and the addresses the features own for links from other features.
 */
class MainMenuKT extends KaribuTest {

    @Autowired
    MeetingService meetingService;

    private static List<SideNavItem> topItems() {
        return _get(SideNav.class, s -> s.withId("main-nav")).getItems();
    }

    private static SideNavItem top(String label) {
        return topItems().stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow();
    }

    private static String icon(SideNavItem item) {
        return item.getPrefixComponent() instanceof Icon icon ? icon.getIcon() : null;
    }

    @Test
    void administratorsSeeEveryPageOfTheAdministrationInOrder() {
        login("admin");
        UI.getCurrent().navigate(StartView.class);
        assertThat(top("Startsida").getPath()).isEmpty();
        assertThat(icon(top("Startsida"))).isEqualTo("vaadin:home");
        assertThat(top("Kunskapsbank").getPath()).isEqualTo("knowledge");
        assertThat(icon(top("Kunskapsbank"))).isEqualTo("vaadin:book");
        SideNavItem admin = top("Administration");
        assertThat(admin.isExpanded()).isTrue();
        assertThat(admin.getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Användare", "Kommuner", "Verksamhetsområden");
        assertThat(admin.getItems()).extracting(SideNavItem::getPath)
                .containsExactly("admin/users", "admin/municipalities", "admin/areas");
        // The log is FoU's too, so it stands among the top entries
        assertThat(top("Logg").getPath()).isEqualTo("log");
    }

    @Test
    void aMunicipalContactSeesNoAdministration() {
        login("ekero");
        UI.getCurrent().navigate(StartView.class);
        assertThat(topItems()).extracting(SideNavItem::getLabel).containsExactly("Startsida", "Översikt", "Kunskapsbank", "Cykler");
    }

    @Test
    void theMenuSpeaksTheUsersLanguage() {
        login("admin");
        UI.getCurrent().setLocale(Messages.ENGLISH);
        UI.getCurrent().navigate(StartView.class);
        assertThat(topItems()).extracting(SideNavItem::getLabel).containsExactly("Start", "Overview", "Knowledge base", "Log", "Cycles",
                "Administration");
    }

    @Test
    void thePasswordButtonOpensTheUserFeaturesDialog() {
        login("fou");
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, s -> s.withId("change-password")));
        _assertOne(Dialog.class, s -> s.withId("change-password-form"));
    }

    @Test
    void anErrorPageLeadsToTheStartPageByItsAddress() {
        login("fou");
        UI.getCurrent().navigate("cycles/999999/results");
        Anchor start = _get(_get(NotFoundView.class), Anchor.class, s -> s.withText("Startsida"));
        assertThat(start.getHref()).isEmpty();
    }

    @Test
    void theAddressesAFeatureOwnsOpenItsViews() {
        Cycle demo = testData.demoCycle();
        Meeting meeting = SystemActor.call(() -> meetingService.meetingsOfCycle(demo.id())).get(0);
        login("fou");
        UI.getCurrent().navigate(ResultsRoutes.results(demo.id()));
        _assertOne(ResultsView.class);
        UI.getCurrent().navigate(MeetingRoutes.meetings(demo.id()));
        _assertOne(MeetingsView.class);
        UI.getCurrent().navigate(MeetingRoutes.meeting(meeting.id()));
        _assertOne(MeetingView.class);
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        assertThat(SubmissionRoutes.requests(5)).isEqualTo(routes.getUrl(RequestsView.class,
                new RouteParameters("cycleId", "5")));
        assertThat(SubmissionRoutes.submission(7, "0125")).isEqualTo(routes.getUrl(SubmissionView.class,
                new RouteParameters(Map.of("requestId", "7", "municipality", "0125"))));
    }
}
