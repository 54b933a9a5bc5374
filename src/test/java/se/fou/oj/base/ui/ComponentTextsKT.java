package se.fou.oj.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.i18n.UiLocaleInitializer;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.ResultsService;

/**
 * Walks every screen that has an Upload, a MultiSelectComboBox, a DatePicker or a DateTimePicker and fails on any of
 * Vaadin's own texts left in English (null means the client shows its English default).
 */
class ComponentTextsKT extends KaribuTest {

    /** Words of Vaadin's English defaults; whole words, so Swedish "Filen" or "Starta" do not count. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(upload|drop|file|files|items|selected|selection"
            + "|focused|today|cancel|january|february|sunday|monday|mon|tue|retry|remove|connecting|processing"
            + "|remaining|invalid|date|time|forbidden|server)\\b");

    @Autowired
    ResultsService resultsService;

    @Autowired
    MeetingService meetingService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    AnalysisFixture analysisFixture;

    /** Component id → its texts, for every component seen on the way. */
    private final Map<String, List<String>> seen = new LinkedHashMap<>();

    @Test
    void everyUploadMultiSelectAndDatePickerFouUsesSpeaksSwedish() {
        Cycle cycle = testData.newCycle();
        Meeting meeting = SystemActor.call(() -> {
            resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            return meetingService.create(cycle.id(), new MeetingDraft(MeetingKind.RESULT_MEETING, "Resultatmöte",
                    LocalDateTime.of(2026, 3, 13, 9, 0), "Solna", null, false, List.of(), null));
        });
        login("fou");

        UI.getCurrent().navigate("cycles/" + cycle.id() + "/meetings");
        _click(_get(Button.class, s -> s.withId("new-meeting")));
        collect();

        UI.getCurrent().navigate("meetings/" + meeting.id());
        collect();
        _click(_get(Button.class, s -> s.withId("move-meeting")));
        collect();
        _click(_get(Button.class, s -> s.withId("meeting-new-development-area")));
        collect();

        UI.getCurrent().navigate("cycles/" + cycle.id() + "/results");
        _click(_get(Button.class, s -> s.withId("open-import")));
        collect();

        UI.getCurrent().navigate("cycles/" + cycle.id() + "/requests");
        _click(_get(Button.class, s -> s.withId("new-request")));
        collect();

        UI.getCurrent().navigate("cycles/" + cycle.id() + "/interpretations");
        @SuppressWarnings("unchecked")
        Grid<Object> interpretations = _get(Grid.class, s -> s.withId("interpretations-grid"));
        _click(_get(GridKt._getCellComponent(interpretations, 0, "actions"), Button.class,
                s -> s.withPredicate(b -> b.getId().orElse("").startsWith("edit-interpretation-"))));
        collect();

        long demoArea = SystemActor.call(() -> decisionService.improvementAreas(testData.demoCycle().id()).get(0)
                .developmentAreaId());
        UI.getCurrent().navigate("improvement-areas/" + demoArea + "/follow-up");
        // A milestone not yet reached (the button of a reached one undoes it, which would change the demo data)
        _click(_find(Button.class, s -> s.withText("Markera som uppnått")
                .withPredicate(b -> b.getId().orElse("").startsWith("mark-milestone-"))).get(0));
        collect();
        _click(_get(Button.class, s -> s.withId("new-follow-up")));
        collect();

        AnalysisFixture.Stage2 stage = analysisFixture.stage2();
        long areaId = stage.illHealth().id();
        UI.getCurrent().navigate("cycles/" + stage.cycle().id() + "/analysis");
        _click(_get(Button.class, s -> s.withId("start-analysis")));
        _setValue(_get(TextArea.class, s -> s.withId("motivation-" + areaId)), "Vanligaste hindret i underlagen.");
        _click(_get(Button.class, s -> s.withId("propose-" + areaId)));
        _click(_get(Button.class, s -> s.withId("plan-" + areaId)));
        collect();

        assertThat(seen.keySet()).as("every such component in the views was reached").contains(
                "meeting-starts-at", "meeting-invitees", "paper-upload", "action-due", "reviewers-choice",
                "move-starts-at", "development-area-indicators", "import-upload", "request-deadline",
                "interpretation-agreed-on", "milestone-reached-on", "follow-up-deadline", "plan-start", "plan-end",
                "meeting-starts-at/date", "move-starts-at/date");
        seen.forEach((id, texts) -> {
            assertThat(texts).as(id + ": every text set (null is Vaadin's English)").doesNotContainNull();
            assertThat(texts).as(id + ": no English").noneMatch(t -> ENGLISH.matcher(t).find());
        });
        assertThat(seen.get("request-deadline")).as("Swedish months, Swedish date format")
                .contains("januari", "Idag", "Avbryt", "yyyy-MM-dd");
        assertThat(seen.get("meeting-invitees")).contains("{count} valda");
        assertThat(seen.get("import-upload")).contains("Välj fil…", "Släpp filen här");
    }

    @Test
    void inEnglishTheComponentsSpeakEnglish() {
        Cycle cycle = testData.newCycle();
        login("fou");
        VaadinSession.getCurrent().setAttribute(UiLocaleInitializer.SESSION_LOCALE, Messages.ENGLISH);
        UI.getCurrent().setLocale(Messages.ENGLISH);

        UI.getCurrent().navigate("cycles/" + cycle.id() + "/results");
        _click(_get(Button.class, s -> s.withId("open-import")));
        UploadI18N upload = _get(Upload.class, s -> s.withId("import-upload")).getI18n();
        assertThat(upload.getAddFiles().getOne()).isEqualTo("Upload File...");
        assertThat(upload.getDropFiles().getOne()).isEqualTo("Drop file here");

        UI.getCurrent().navigate("cycles/" + cycle.id() + "/requests");
        _click(_get(Button.class, s -> s.withId("new-request")));
        DatePicker deadline = _get(DatePicker.class, s -> s.withId("request-deadline"));
        assertThat(deadline.getI18n().getMonthNames()).startsWith("January", "February");
        assertThat(deadline.getI18n().getToday()).isEqualTo("Today");
        assertThat(deadline.getLocale().getLanguage()).isEqualTo("en");
    }

    /** Reads the texts of every Upload, multi-select and date picker now in the UI (open dialogs included). */
    private void collect() {
        for (Upload upload : _find(Upload.class)) {
            seen.put(id(upload), uploadTexts(upload.getI18n()));
        }
        for (MultiSelectComboBox<?> combo : _find(MultiSelectComboBox.class)) {
            MultiSelectComboBoxI18n i18n = combo.getI18n();
            seen.put(id(combo), i18n == null ? nulls() : Arrays.asList(i18n.getCleared(), i18n.getFocused(),
                    i18n.getSelected(), i18n.getDeselected(), i18n.getTotal()));
        }
        for (DatePicker picker : _find(DatePicker.class)) {
            List<String> texts = datePickerTexts(picker.getI18n());
            texts.add(picker.getLocale().getLanguage().equals("sv") ? "sv" : null);
            // A DateTimePicker's own date field is a DatePicker too: named after its DateTimePicker
            String id = picker.getParent().filter(DateTimePicker.class::isInstance).map(p -> id(p) + "/date")
                    .orElse(id(picker));
            seen.put(id, texts);
        }
        for (DateTimePicker picker : _find(DateTimePicker.class)) {
            List<String> texts = datePickerTexts(picker.getDatePickerI18n());
            DateTimePicker.DateTimePickerI18n i18n = picker.getI18n();
            texts.addAll(i18n == null ? nulls() : Arrays.asList(i18n.getDateLabel(), i18n.getTimeLabel(),
                    i18n.getBadInputErrorMessage(), i18n.getIncompleteInputErrorMessage()));
            texts.add(picker.getLocale().getLanguage().equals("sv") ? "sv" : null);
            seen.put(id(picker), texts);
        }
    }

    private static String id(Component component) {
        return component.getId().orElse(component.getClass().getSimpleName() + "@" + System.identityHashCode(component));
    }

    private static List<String> nulls() {
        return Arrays.asList((String) null);
    }

    private static List<String> uploadTexts(UploadI18N i18n) {
        if (i18n == null || i18n.getAddFiles() == null || i18n.getDropFiles() == null || i18n.getError() == null
                || i18n.getUploading() == null || i18n.getUploading().getStatus() == null
                || i18n.getUploading().getRemainingTime() == null || i18n.getUploading().getError() == null
                || i18n.getFile() == null) {
            return nulls();
        }
        UploadI18N.Uploading uploading = i18n.getUploading();
        return Arrays.asList(i18n.getAddFiles().getOne(), i18n.getAddFiles().getMany(), i18n.getDropFiles().getOne(),
                i18n.getDropFiles().getMany(), i18n.getError().getTooManyFiles(), i18n.getError().getFileIsTooBig(),
                i18n.getError().getIncorrectFileType(), uploading.getStatus().getConnecting(),
                uploading.getStatus().getStalled(), uploading.getStatus().getProcessing(),
                uploading.getStatus().getHeld(), uploading.getRemainingTime().getPrefix(),
                uploading.getRemainingTime().getUnknown(), uploading.getError().getServerUnavailable(),
                uploading.getError().getUnexpectedServerError(), uploading.getError().getForbidden(),
                i18n.getFile().getRetry(), i18n.getFile().getStart(), i18n.getFile().getRemove());
    }

    private static List<String> datePickerTexts(DatePicker.DatePickerI18n i18n) {
        List<String> texts = new ArrayList<>();
        if (i18n == null || i18n.getMonthNames() == null || i18n.getWeekdays() == null
                || i18n.getWeekdaysShort() == null || i18n.getDateFormats() == null) {
            texts.add(null);
            return texts;
        }
        texts.addAll(i18n.getMonthNames());
        texts.addAll(i18n.getWeekdays());
        texts.addAll(i18n.getWeekdaysShort());
        texts.add(i18n.getDateFormats().get(0).equals("yyyy-MM-dd") ? "yyyy-MM-dd" : null);
        texts.addAll(Arrays.asList(i18n.getToday(), i18n.getCancel(), i18n.getBadInputErrorMessage()));
        return texts;
    }
}
