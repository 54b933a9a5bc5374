package se.fou.oj.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.cycle.Stage;

/** The administrator's log reads as sentences naming people and things, and narrows by person, kind and words. */
class ActivityLogSentencesKT extends KaribuTest {

    @Autowired
    CycleService cycleService;

    @Test
    void aStageChangeReadsAsASentenceWithTheNamesAndTheFilterFindsIt() {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        cycleService.changeStage(cycle.id(), Stage.RESULTS_WORK);
        String title = cycle.areaName() + " 2019";

        login("admin");
        UI.getCurrent().navigate(ActivityLogView.class);
        Grid<AuditEntry> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThan(1);

        _get(TextField.class, s -> s.withId("log-filter-text")).setValue(title);
        assertThat(sentences(grid)).containsExactly(
                "Fredrik Uppföljare flyttade " + title + " från Led 1: Kvalitetssäkring till Led 2: Resultatarbete",
                "Systemet skapade cykeln " + title);
        assertThat(sentences(grid)).noneMatch(s -> s.contains("STAGE") || s.contains("RESULTS_WORK") || s.contains("cycle"));

        @SuppressWarnings("unchecked")
        ComboBox<String> actor = _get(ComboBox.class, s -> s.withId("log-filter-actor"));
        actor.setValue("fou");
        assertThat(sentences(grid)).containsExactly(
                "Fredrik Uppföljare flyttade " + title + " från Led 1: Kvalitetssäkring till Led 2: Resultatarbete");

        @SuppressWarnings("unchecked")
        ComboBox<String> kind = _get(ComboBox.class, s -> s.withId("log-filter-kind"));
        kind.setValue("meeting");
        assertThat(GridKt._size(grid)).isZero();
        kind.setValue("cycle");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(actor.getItemLabelGenerator().apply("fou")).isEqualTo("Fredrik Uppföljare");
        assertThat(actor.getItemLabelGenerator().apply("system")).isEqualTo("Systemet");
        assertThat(kind.getItemLabelGenerator().apply("cycle")).isEqualTo("Cykler och resultat");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, s -> s.withId("audit-grid"));
    }

    private static List<String> sentences(Grid<AuditEntry> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormatted(grid, i, "event")).toList();
    }
}
