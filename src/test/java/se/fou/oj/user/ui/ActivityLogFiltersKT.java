package se.fou.oj.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditFilter;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.base.ui.RouteAccessDeniedView;
import se.fou.oj.region.RegionService;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

/**
 * The log as FoU reads it: filtered by one object (its id or name), by who and by days, each changed field shown
 * before and after in words; a contact is refused the screen, and the refusal is in the log.
 */
class ActivityLogFiltersKT extends KaribuTest {

    @Autowired
    UserService userService;

    @Autowired
    RegionService regionService;

    @Autowired
    AuditService audit;

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, s -> s.withId("audit-grid"));
    }

    private static List<String> column(String key) {
        Grid<AuditEntry> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, key)).toList();
    }

    @Test
    void fouFiltersByObjectUserAndDaysAndReadsEachChangedFieldBeforeAndAfter() {
        UserAccount user = SystemActor.call(() -> userService.createUser(new UserDraft("logg.filter", "Lina Loggsson",
                null, Role.MUNICIPAL_CONTACT, regionService.municipalityByCode("0125").orElseThrow().id(), true,
                "forsta-losen")));
        clock.set(LocalDateTime.of(2032, 4, 7, 10, 0));
        loginAs("admin");
        userService.updateUser(user.id(), new UserDraft("logg.filter", "Lina Loggsdotter", "lina@ekero.se",
                Role.MUNICIPAL_CONTACT, user.municipalityId(), false, "nytt-losenord"));
        clock.reset();

        login("fou");
        UI.getCurrent().navigate(ActivityLogView.class);
        assertThat(_get(TabSheet.class, s -> s.withId("log-tabs")).getTabCount()).as("the logins are the admins'")
                .isEqualTo(1);
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = _get(ComboBox.class, s -> s.withId("log-filter-kind"));
        kind.setValue("user");
        _get(TextField.class, s -> s.withId("log-filter-object")).setValue(String.valueOf(user.id()));
        assertThat(column("event")).containsExactly(
                "Anna Administratör ändrade användaren Lina Loggsdotter",
                "Anna Administratör satte ett nytt lösenord för Lina Loggsdotter",
                "Systemet skapade användaren Lina Loggsson");
        assertThat(column("changes").get(0)).isEqualTo("""
                Namn: Lina Loggsson → Lina Loggsdotter
                E-post: (tomt) → lina@ekero.se
                Konto: Aktivt → Inaktiverat""");
        assertThat(column("changes").get(1)).isEqualTo("Lösenordet ändrades");
        assertThat(column("changes").get(2)).contains("Roll: (tomt) → Kommunal kontaktperson", "Kommun: (tomt) → Ekerö");

        // By name too, then by who and by days
        _get(TextField.class, s -> s.withId("log-filter-object")).setValue("Lina Loggs");
        assertThat(column("event")).hasSize(3);
        @SuppressWarnings("unchecked")
        ComboBox<String> actor = _get(ComboBox.class, s -> s.withId("log-filter-actor"));
        actor.setValue("admin");
        assertThat(column("event")).hasSize(2);
        _get(DatePicker.class, s -> s.withId("log-filter-from")).setValue(LocalDate.of(2032, 4, 8));
        assertThat(column("event")).isEmpty();
        _get(DatePicker.class, s -> s.withId("log-filter-from")).setValue(LocalDate.of(2032, 4, 7));
        _get(DatePicker.class, s -> s.withId("log-filter-to")).setValue(LocalDate.of(2032, 4, 7));
        assertThat(column("event")).hasSize(2);
    }

    @Test
    void aContactIsRefusedTheLogAndTheRefusalIsLogged() {
        login("solna");
        UI.getCurrent().navigate(ActivityLogView.class);
        _assertOne(RouteAccessDeniedView.class);
        _assertNone(Grid.class, s -> s.withId("audit-grid"));

        loginAs("fou");
        List<AuditEntry> denials = audit.page(new AuditFilter("solna", "access", null, null, null, null), 0, 1);
        assertThat(denials).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DENIED");
            assertThat(e.subject()).isEqualTo("/log");
        });
    }
}
