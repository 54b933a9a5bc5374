package se.fou.oj.knowledge.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeService;

/** The knowledge base: everybody searches it, FoU adds to it, bad input is explained. */
class KnowledgeViewKT extends KaribuTest {

    @Autowired
    KnowledgeService service;

    @SuppressWarnings("unchecked")
    private static Grid<KnowledgeItem> grid() {
        return _get(Grid.class, s -> s.withId("knowledge-grid"));
    }

    @Test
    void fouAddsAnItemAndAContactFindsIt() {
        login("fou");
        UI.getCurrent().navigate(KnowledgeView.class);
        _click(_get(Button.class, s -> s.withId("new-knowledge")));
        _setValue(_get(TextField.class, s -> s.withId("knowledge-link")), "www.utan-protokoll.se");
        _setValue(_get(IntegerField.class, s -> s.withId("knowledge-year")), 1850);
        _click(_get(Button.class, s -> s.withId("knowledge-save")));
        assertThat(_get(Div.class, s -> s.withId("knowledge-errors")).getText()).contains("Ange författare", "Ange titeln",
                "Skriv en kort sammanfattning", "Året ska vara mellan 1900", "Länken ska börja med http");
        _setValue(_get(TextField.class, s -> s.withId("knowledge-authors")), "Öberg, Å. & Lind, K.");
        _setValue(_get(TextField.class, s -> s.withId("knowledge-title")), "Samverkan kring gemensamma klienter med ohälsa");
        _setValue(_get(TextArea.class, s -> s.withId("knowledge-summary")), "Överenskommelser med primärvården hjälper.");
        _setValue(_get(IntegerField.class, s -> s.withId("knowledge-year")), 2017);
        _setValue(_get(TextField.class, s -> s.withId("knowledge-link")), "https://example.se/rapport");
        _click(_get(Button.class, s -> s.withId("knowledge-save")));
        assertThat(_find(Div.class, s -> s.withId("knowledge-errors"))).isEmpty();

        login("ekero");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(KnowledgeView.class);
        assertThat(_find(Button.class, s -> s.withId("new-knowledge"))).as("only FoU writes").isEmpty();
        _setValue(_get(TextField.class, s -> s.withId("knowledge-search")), "gemensamma ohälsa 2017");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).containsExactly("Öberg, Å. & Lind, K.", "2017",
                "Samverkan kring gemensamma klienter med ohälsa", "");
        _setValue(_get(TextField.class, s -> s.withId("knowledge-search")), "Nationella riktlinjer");
        assertThat(GridKt._size(grid())).as("the demo's guidelines").isEqualTo(1);
        KnowledgeItem mine = SystemActor.call(() -> service.search("gemensamma ohälsa 2017", 0, 1).get(0));
        assertThatThrownBy(() -> service.delete(mine.id())).as("only FoU deletes").isInstanceOf(AccessDeniedException.class);

        login("fou");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(KnowledgeView.class);
        _setValue(_get(TextField.class, s -> s.withId("knowledge-search")), "gemensamma ohälsa 2017");
        var actions = (HorizontalLayout) GridKt._getCellComponent(grid(), 0, "actions");
        Button delete = (Button) actions.getComponentAt(1);
        assertThat(delete.getId()).hasValue("delete-knowledge-" + mine.id());
        _click(delete);
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message")).contains("Öberg, Å. & Lind, K. (2017)");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(grid())).isZero();
    }
}
