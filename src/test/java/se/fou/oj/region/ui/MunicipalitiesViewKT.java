package se.fou.oj.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.fou.oj.KaribuTest;
import se.fou.oj.region.Area;
import se.fou.oj.region.Municipality;

class MunicipalitiesViewKT extends KaribuTest {

    @Test
    void listsTheRegionWithCodesAndRejectsABadCode() {
        login("admin");
        UI.getCurrent().navigate(MunicipalitiesView.class);
        @SuppressWarnings("unchecked")
        Grid<Municipality> grid = _get(Grid.class, s -> s.withId("municipalities-grid"));
        List<String> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormatted(grid, i, "name") + " " + GridKt._getFormatted(grid, i, "code")).toList();
        assertThat(rows).contains("Ekerö 0125", "Järfälla 0123", "Sigtuna 0191", "Sollentuna 0163", "Solna 0184",
                "Sundbyberg 0183", "Upplands-Bro 0139", "Upplands Väsby 0114");

        _click(_get(Button.class, s -> s.withId("new-municipality")));
        _get(TextField.class, s -> s.withId("municipality-name")).setValue("Vallentuna");
        _get(TextField.class, s -> s.withId("municipality-code")).setValue("115");
        _click(_get(Button.class, s -> s.withId("municipality-save")));
        assertThat(_get(Div.class, s -> s.withId("municipality-errors")).getText())
                .isEqualTo("Kommunkoden ska vara fyra siffror, t.ex. 0125.");
        _get(TextField.class, s -> s.withId("municipality-code")).setValue("0125");
        _click(_get(Button.class, s -> s.withId("municipality-save")));
        assertThat(_get(Div.class, s -> s.withId("municipality-errors")).getText()).isEqualTo("Kommunkoden 0125 används redan.");
    }

    @Test
    void adminAddsAnArea() {
        login("admin");
        UI.getCurrent().navigate(AreasView.class);
        _click(_get(Button.class, s -> s.withId("new-area")));
        _get(TextField.class, s -> s.withId("area-name")).setValue("Stöd till personer med funktionsnedsättning");
        _click(_get(Button.class, s -> s.withId("area-save")));
        assertThat(notificationTexts()).contains("Verksamhetsområdet Stöd till personer med funktionsnedsättning är sparat.");
        @SuppressWarnings("unchecked")
        Grid<Area> grid = _get(Grid.class, s -> s.withId("areas-grid"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()))
                .contains("Stöd till personer med funktionsnedsättning", "Ekonomiskt bistånd");
    }
}
