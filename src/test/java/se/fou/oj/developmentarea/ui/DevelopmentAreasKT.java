package se.fou.oj.developmentarea.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.ui.MeetingView;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

class DevelopmentAreasKT extends KaribuTest {

    @Autowired
    ResultsService resultsService;

    @Autowired
    MeetingService meetingService;

    @Test
    void fouEntersADevelopmentAreaAtTheResultMeetingWithItsIndicators() {
        Cycle cycle = testData.newCycle();
        Meeting meeting = SystemActor.call(() -> {
            resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            return meetingService.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, "Resultatmöte",
                    LocalDateTime.of(2026, 3, 13, 9, 0), "Solna", null, false, List.of(), null));
        });
        login("fou");
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MeetingView.MEETING_ID, String.valueOf(meeting.id())));
        assertThat(_get(Paragraph.class, s -> s.withId("development-areas-hint")).getText())
                .isEqualTo("Resultatmötet ska identifiera minst 3 utvecklingsområden; hittills 0.");
        _click(_get(Button.class, s -> s.withId("meeting-new-development-area")));
        _click(_get(Button.class, s -> s.withId("development-area-save")));
        assertThat(_get(Div.class, s -> s.withId("development-area-errors")).getText()).contains("Ge utvecklingsområdet en rubrik.");
        // Each empty required field is marked on itself, not only in the line under the form
        TextField titleField = _get(TextField.class, s -> s.withId("development-area-title"));
        assertThat(titleField.isRequiredIndicatorVisible()).isTrue();
        assertThat(titleField.isInvalid()).isTrue();
        assertThat(titleField.getErrorMessage()).isEqualTo("Utvecklingsområde måste fyllas i.");
        assertThat(_get(TextArea.class, s -> s.withId("development-area-need")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, s -> s.withId("development-area-known")).isInvalid()).as("not required").isFalse();
        _get(TextField.class, s -> s.withId("development-area-title")).setValue("Samverkan med primärvården");
        assertThat(titleField.isInvalid()).as("filled, no longer marked").isFalse();
        _get(TextArea.class, s -> s.withId("development-area-need")).setValue("Få överenskommelser med primärvård och psykiatri.");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<IndicatorRow> indicators = _get(MultiSelectComboBox.class, s -> s.withId("development-area-indicators"));
        indicators.setValue(indicators.getListDataView().getItems().filter(r -> Set.of("EB13", "EB14").contains(r.code()))
                .collect(Collectors.toSet()));
        assertThat(indicators.getItemLabelGenerator().apply(indicators.getValue().iterator().next())).contains("(Snitt ");
        _click(_get(Button.class, s -> s.withId("development-area-save")));
        Div card = _get(Div.class, s -> s.withClasses("development-area"));
        assertThat(card.getElement().getTextRecursively()).contains("Samverkan med primärvården", "Föreslaget",
                "EB13 Aktuell överenskommelse om samverkan mellan Primärvård och Ekonomiskt bistånd – 37,5 %",
                "EB14 Aktuell överenskommelse om samverkan mellan Vuxenpsykiatri och Ekonomiskt bistånd – 62,5 %");
        assertThat(_get(Paragraph.class, s -> s.withId("development-areas-hint")).getText()).endsWith("hittills 1.");
    }
}
