package se.fou.oj.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.RouteAccessDeniedView;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.ui.AreasView;
import se.fou.oj.region.ui.MunicipalitiesView;
import se.fou.oj.user.UserAccount;

class UsersViewKT extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> grid() {
        return _get(Grid.class, s -> s.withId("users-grid"));
    }

    private static int rowOf(String username) {
        Grid<UserAccount> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).username().equals(username))
                .findFirst().orElse(-1);
    }

    @Test
    void adminCreatesAMunicipalContactAndDeactivatesIt() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, s -> s.withId("new-user")));
        _get(TextField.class, s -> s.withId("user-username")).setValue("solna.kontakt");
        _get(TextField.class, s -> s.withId("user-display-name")).setValue("Sofia Solnabo");
        _get(EmailField.class, s -> s.withId("user-email")).setValue("sofia@solna.se");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = _get(ComboBox.class, s -> s.withId("user-role"));
        role.setValue(Role.MUNICIPAL_CONTACT);
        _get(PasswordField.class, s -> s.withId("user-password")).setValue("kort");
        _click(_get(Button.class, s -> s.withId("user-save")));

        // Rejected with every problem in Swedish; what was typed is still there
        assertThat(_get(Div.class, s -> s.withId("user-errors")).getText()).isEqualTo(
                "Kommunala kontaktpersoner och socialchefer måste höra till en kommun. Lösenordet måste ha minst 8 tecken.");
        assertThat(_get(TextField.class, s -> s.withId("user-username")).getValue()).isEqualTo("solna.kontakt");

        @SuppressWarnings("unchecked")
        ComboBox<Municipality> municipality = _get(ComboBox.class, s -> s.withId("user-municipality"));
        municipality.setValue(municipality.getListDataView().getItems().filter(m -> m.code().equals("0184")).findFirst().orElseThrow());
        _get(PasswordField.class, s -> s.withId("user-password")).setValue("tillräckligt-långt");
        _click(_get(Button.class, s -> s.withId("user-save")));
        _assertNone(Div.class, s -> s.withId("user-errors"));

        int row = rowOf("solna.kontakt");
        assertThat(GridKt._getFormattedRow(grid(), row)).startsWith("Sofia Solnabo", "solna.kontakt",
                "Kommunal kontaktperson", "Solna", "Aktiv");

        _click(_get(GridKt._getCellComponent(grid(), row, "actions"), Button.class, s -> s.withId("edit-user-solna.kontakt")));
        _get(Checkbox.class, s -> s.withId("user-active")).setValue(false);
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(GridKt._getFormatted(grid(), rowOf("solna.kontakt"), "status")).isEqualTo("Inaktiverad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fou", "ekero", "socialchef"})
    void onlyAdministratorsReachTheAdministration(String username) {
        login(username);
        UI.getCurrent().navigate(UsersView.class);
        _assertOne(RouteAccessDeniedView.class);
        _assertNone(Grid.class, s -> s.withId("users-grid"));
        UI.getCurrent().navigate(MunicipalitiesView.class);
        _assertOne(RouteAccessDeniedView.class);
        UI.getCurrent().navigate(AreasView.class);
        _assertOne(RouteAccessDeniedView.class);
    }
}
