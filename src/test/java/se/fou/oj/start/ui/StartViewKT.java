package se.fou.oj.start.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.Environment;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.base.ui.LoginView;
import se.fou.oj.compilation.ui.CompilationView;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.region.Area;
import se.fou.oj.results.ResultsService;
import se.fou.oj.results.ui.ResultsView;

class StartViewKT extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    Environment environment;

    @org.springframework.beans.factory.annotation.Autowired
    ResultsService resultsService;

    @org.springframework.beans.factory.annotation.Autowired
    MeetingService meetingService;

    @org.springframework.beans.factory.annotation.Autowired
    MinutesService minutesService;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        UI.getCurrent().navigate(StartView.class);
        _assertOne(LoginView.class);
    }

    @ParameterizedTest
    @CsvSource({"admin,Anna Administratör · Administratör", "fou,Fredrik Uppföljare · FoU",
            "ekero,Eva Kontaktperson · Kommunal kontaktperson · Ekerö",
            "socialchef,Sara Socialchef · Socialchef · Sigtuna"})
    void everyRoleSeesTheCyclesWithTheirStage(String username, String shownAs) {
        login(username);
        UI.getCurrent().navigate(StartView.class);
        assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).isEqualTo(shownAs);
        @SuppressWarnings("unchecked")
        Grid<Cycle> grid = _get(Grid.class, s -> s.withId("cycles-grid"));
        int demoRow = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).title().equals("Ekonomiskt bistånd 2018")).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, demoRow)).startsWith("Ekonomiskt bistånd", "2018",
                "Led 3: Uppföljning");
        if (username.equals("socialchef")) {
            // The demo's third proposal waits for her decision
            assertThat(_get(Component.class, s -> s.withId("tasks")).getElement().getTextRecursively())
                    .isEqualTo("Besluta om förbättringsområden: Ekonomiskt bistånd 2018 (1)inget slutdatum");
        }
    }

    @Test
    void fouIsToldToImportThenToPublish() {
        Cycle cycle = testData.newCycle();
        login("fou");
        UI.getCurrent().navigate(StartView.class);
        _assertOne(Button.class, s -> s.withText("Importera resultaten för " + cycle.title()));
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv",
                TestData.ojCsvBytes(cycle.areaName()), false));
        UI.getCurrent().navigate("cycles/" + cycle.id() + "/results");
        UI.getCurrent().navigate(StartView.class);
        _assertNone(Button.class, s -> s.withText("Importera resultaten för " + cycle.title()));
        _click(_get(Button.class, s -> s.withText("Publicera sammanställningen för " + cycle.title())));
        _assertOne(CompilationView.class);
    }

    @Test
    void administratorsSeeTheAdministrationMenu() {
        login("admin");
        UI.getCurrent().navigate(StartView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).containsExactly("Startsida", "Översikt", "Kunskapsbank", "Logg", "Cykler", "Administration");
    }

    @Test
    void fouSeesNoAdministrationButMayStartCycles() {
        login("fou");
        UI.getCurrent().navigate(StartView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).containsExactly("Startsida", "Översikt", "Kunskapsbank", "Logg", "Cykler");
        _assertOne(Button.class, s -> s.withId("new-cycle"));
    }

    @Test
    void anOverdueActionItemIsOnTheOwnersStartPageMarkedLate() {
        Cycle cycle = testData.newCycle();
        long jarfalla = ((AppUserPrincipal) userDetailsService.loadUserByUsername("jarfalla")).userId();
        SystemActor.run(() -> {
            var meeting = meetingService.create(cycle.id(), new MeetingDraft(
                    MeetingKind.RESULT_MEETING, "Resultatmöte", LocalDateTime.of(2026, 1, 13, 9, 0),
                    "Solna", null, false, List.of(jarfalla), null));
            minutesService.addActionItem(meeting.id(), "Skicka statistiken " + cycle.id(), jarfalla, null,
                    LocalDate.now().minusDays(1));
        });
        login("jarfalla");
        UI.getCurrent().navigate(StartView.class);
        Button task = _get(Button.class, s -> s.withText("Åtgärd: Skicka statistiken " + cycle.id()));
        assertThat(task.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("senast " + LocalDate.now().minusDays(1), "försenad");
    }

    @Test
    void idleSessionsEndAfterThirtyMinutes() {
        login("fou");
        UI.getCurrent().navigate(StartView.class);
        // Vaadin's heartbeat must not keep an idle session alive, and the servlet session times out after 30 min
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void municipalContactCannotStartACycle() {
        login("jarfalla");
        UI.getCurrent().navigate(StartView.class);
        _assertNone(Button.class, s -> s.withId("new-cycle"));
    }

    @Test
    void fouStartsANewCycleAndLandsOnItsEmptyResults() {
        login("fou");
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, s -> s.withId("new-cycle")));
        @SuppressWarnings("unchecked")
        ComboBox<Area> area = _get(ComboBox.class, s -> s.withId("cycle-area"));
        area.setValue(area.getListDataView().getItems().filter(a -> a.name().equals("Barn och unga")).findFirst().orElseThrow());
        _get(IntegerField.class, s -> s.withId("cycle-year")).setValue(2021);
        _click(_get(Button.class, s -> s.withId("cycle-save")));
        _assertOne(ResultsView.class);

        // The same cycle again is refused with a message, and the dialog keeps what was chosen
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, s -> s.withId("new-cycle")));
        @SuppressWarnings("unchecked")
        ComboBox<Area> again = _get(ComboBox.class, s -> s.withId("cycle-area"));
        again.setValue(again.getListDataView().getItems().filter(a -> a.name().equals("Barn och unga")).findFirst().orElseThrow());
        IntegerField year = _get(IntegerField.class, s -> s.withId("cycle-year"));
        year.setValue(2021);
        _click(_get(Button.class, s -> s.withId("cycle-save")));
        assertThat(year.getErrorMessage()).isEqualTo("Det finns redan en cykel för Barn och unga 2021.");
        assertThat(again.getValue().name()).isEqualTo("Barn och unga");
    }

}
