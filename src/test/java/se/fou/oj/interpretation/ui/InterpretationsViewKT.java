package se.fou.oj.interpretation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.interpretation.IndicatorInterpretation;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.ResultsService;
import se.fou.oj.results.ui.ResultsView;

class InterpretationsViewKT extends KaribuTest {

    @Autowired
    ResultsService resultsService;

    @Autowired
    MeetingService meetingService;

    @Test
    void fouAgreesAReadingThatIsThenOneClickAwayFromTheResults() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        login("fou");
        UI.getCurrent().navigate(InterpretationsView.class, new RouteParameters(InterpretationsView.CYCLE_ID, String.valueOf(cycle.id())));
        @SuppressWarnings("unchecked")
        Grid<IndicatorInterpretation> grid = _get(Grid.class, s -> s.withId("interpretations-grid"));
        int eb05 = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).indicatorCode().equals("EB05"))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, eb05, "reading")).isEqualTo("–");

        _click(_get(GridKt._getCellComponent(grid, eb05, "actions"), Button.class, s -> s.withId("edit-interpretation-EB05")));
        _click(_get(Button.class, s -> s.withId("interpretation-save")));
        assertThat(_get(Div.class, s -> s.withId("interpretation-errors")).getText()).isEqualTo("Skriv den överenskomna tolkningen.");
        _get(TextArea.class, s -> s.withId("interpretation-reading-field")).setValue("Insatsen ska erbjudas alla över 24 år.");
        _click(_get(Button.class, s -> s.withId("interpretation-save")));
        assertThat(GridKt._getFormatted(grid, eb05, "reading")).isEqualTo("Insatsen ska erbjudas alla över 24 år.");

        UI.getCurrent().navigate(ResultsView.class, new RouteParameters(ResultsView.CYCLE_ID, String.valueOf(cycle.id())));
        @SuppressWarnings("unchecked")
        Grid<?> secondTable = _get(Grid.class, s -> s.withId("result-grid-2"));
        _click((Button) GridKt._getCellComponent(secondTable, 1, "code"));
        assertThat(_get(Paragraph.class, s -> s.withId("interpretation-reading")).getText())
                .isEqualTo("Insatsen ska erbjudas alla över 24 år.");
    }

    @Test
    void aMunicipalContactReadsTheRegisterButCannotEditIt() {
        login("ekero");
        UI.getCurrent().navigate(InterpretationsView.class,
                new RouteParameters(InterpretationsView.CYCLE_ID, String.valueOf(testData.demoCycle().id())));
        @SuppressWarnings("unchecked")
        Grid<IndicatorInterpretation> grid = _get(Grid.class, s -> s.withId("interpretations-grid"));
        int eb02 = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).indicatorCode().equals("EB02"))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, eb02, "reading")).startsWith("Väntetiden räknas i kalenderdagar");
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, eb02, "actions");
        assertThat(actions.getChildren().count()).isEqualTo(1);
    }

    @Test
    void aReadingIsLinkedToTheCycleMeetingItWasAgreedAtAndTheHistoryLinksBack() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        Meeting meeting = SystemActor.call(() -> meetingService.create(cycle.id(),
                new MeetingDraft(MeetingKind.QUALITY_ASSURANCE, "Kvalitetssäkring i appen",
                        LocalDateTime.of(2019, 2, 12, 9, 0), "FoU", null, true, List.of(), null)));
        Cycle other = testData.newCycle();
        SystemActor.run(() -> meetingService.create(other.id(), new MeetingDraft(
                MeetingKind.RESULT_MEETING, "En annan cykels möte", LocalDateTime.of(2019, 3, 1, 9, 0),
                "FoU", null, true, List.of(), null)));
        login("fou");
        UI.getCurrent().navigate(InterpretationsView.class, new RouteParameters(InterpretationsView.CYCLE_ID, String.valueOf(cycle.id())));
        @SuppressWarnings("unchecked")
        Grid<IndicatorInterpretation> grid = _get(Grid.class, s -> s.withId("interpretations-grid"));
        int eb05 = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).indicatorCode().equals("EB05"))
                .findFirst().orElseThrow();
        _click(_get(GridKt._getCellComponent(grid, eb05, "actions"), Button.class, s -> s.withId("edit-interpretation-EB05")));
        @SuppressWarnings("unchecked")
        ComboBox<Meeting> picker =
                _get(ComboBox.class, s -> s.withId("interpretation-meeting-picker"));
        // Only this cycle's meetings are offered
        assertThat(picker.getListDataView().getItems().map(m -> InterpretationForm.label(m)))
                .containsExactly("Kvalitetssäkring i appen (2019-02-12)");
        picker.setValue(picker.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_get(DatePicker.class, s -> s.withId("interpretation-agreed-on")).getValue())
                .isEqualTo(LocalDate.of(2019, 2, 12));
        _get(TextArea.class, s -> s.withId("interpretation-reading-field")).setValue("Gäller alla över 24 år.");
        _get(TextField.class, s -> s.withId("interpretation-meeting"))
                .setValue("Socialstyrelsen deltog");
        _click(_get(Button.class, s -> s.withId("interpretation-save")));

        _click(_get(GridKt._getCellComponent(grid, eb05, "actions"), Button.class, s -> s.withId("history-EB05")));
        Paragraph link = _get(Paragraph.class, s -> s.withId("interpretation-meeting-link"));
        assertThat(link.getElement().getTextRecursively()).isEqualTo("Överenskommen vid: Kvalitetssäkring i appen (2019-02-12)");
        assertThat(_get(link, Anchor.class).getHref()).isEqualTo("meetings/" + meeting.id());
        // The free-text note stays beside the link
        assertThat(_get(Dialog.class, s -> s.withId("interpretation-dialog"))
                .getElement().getTextRecursively()).contains("Socialstyrelsen deltog");
    }
}
