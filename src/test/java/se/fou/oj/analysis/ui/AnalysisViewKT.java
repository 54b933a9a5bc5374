package se.fou.oj.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.analysis.AnalysisFixture;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.base.navigation.CycleRoutes;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeItemDraft;
import se.fou.oj.knowledge.KnowledgeService;

/** FoU drafts and sends the short analysis on screen; a social chief decides; FoU sees the sending back. */
class AnalysisViewKT extends KaribuTest {

    @Autowired
    AnalysisFixture fixture;

    @Autowired
    KnowledgeService knowledgeService;

    @Autowired
    AnalysisReportService analysisService;

    private void open(long cycleId) {
        UI.getCurrent().navigate(AnalysisView.class, new RouteParameters(CycleRoutes.CYCLE_ID, String.valueOf(cycleId)));
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void fouDraftsTheReportSendsItAndAChiefSendsAnAreaBack() {
        AnalysisFixture.Stage2 stage = fixture.stage2();
        long areaId = stage.illHealth().id();
        KnowledgeItem item = SystemActor.call(() -> knowledgeService.create(new KnowledgeItemDraft("Socialstyrelsen", 2016,
                "Statistik om ekonomiskt bistånd 2015", null, null, "Ohälsa är ett vanligt hinder.")));
        login("fou");
        open(stage.cycle().id());
        assertThat(_get(Paragraph.class, s -> s.withId("analysis-none")).getText()).isEqualTo("Den korta analysen är inte påbörjad.");
        _click(_get(Button.class, s -> s.withId("start-analysis")));
        assertThat(_get(Span.class, s -> s.withId("analysis-status")).getText()).isEqualTo("Version 1 · Utkast");

        long draftId = SystemActor.call(() -> analysisService.current(stage.cycle().id()).orElseThrow().id());
        assertThat(_get(TextArea.class, s -> s.withId("analysis-text")).getElement().getAttribute("data-draft-key"))
                .as("the browser keeps a copy until saved").isEqualTo("fou-oj:fou:analysis:" + draftId + ":analysis");
        _setValue(_get(TextArea.class, s -> s.withId("analysis-text")), "Kommunerna enades om ohälsan.");
        assertThat(_get(Span.class, s -> s.withId("analysis-saved")).getText()).startsWith("Sparat ");

        _click(_get(Button.class, s -> s.withId("link-knowledge-" + areaId)));
        @SuppressWarnings("unchecked")
        ComboBox<KnowledgeItem> items = _get(ComboBox.class, s -> s.withId("knowledge-link-item"));
        items.setValue(item);
        _click(_get(Button.class, s -> s.withId("knowledge-link-save")));
        assertThat(text("knowledge-link-errors")).isEqualTo("Skriv hur underlaget berör utvecklingsområdet.");
        _setValue(_get(TextArea.class, s -> s.withId("knowledge-link-relevance")), "Jämförelse med riket.");
        _click(_get(Button.class, s -> s.withId("knowledge-link-save")));
        assertThat(text("knowledge-of-" + areaId)).contains("Socialstyrelsen (2016): Statistik om ekonomiskt bistånd 2015 – Jämförelse med riket.");

        // Sending without a proposal is refused with the reason
        _click(_get(Button.class, s -> s.withId("send-for-decision")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, s -> s.withId("analysis-status")).getText()).isEqualTo("Version 1 · Utkast");

        _setValue(_get(TextArea.class, s -> s.withId("motivation-" + areaId)), "Vanligaste hindret i underlagen.");
        _click(_get(Button.class, s -> s.withId("propose-" + areaId)));
        _click(_get(Button.class, s -> s.withId("plan-" + areaId)));
        _get(DatePicker.class, s -> s.withId("plan-start")).setValue(LocalDate.of(2027, 1, 1));
        assertThat(_get(DatePicker.class, s -> s.withId("plan-end")).getValue()).as("two years by default")
                .isEqualTo(LocalDate.of(2028, 12, 31));
        _setValue(_get(TextArea.class, s -> s.withId("plan-milestones")), "30 september Uppföljning");
        _setValue(_get(TextArea.class, s -> s.withId("plan-responsibilities")), "Ekerö: Prövar rutinen först\nFoU: Följer upp");
        _click(_get(Button.class, s -> s.withId("plan-save")));
        assertThat(text("plan-errors")).startsWith("Rad 1 i delmålen");
        _setValue(_get(TextArea.class, s -> s.withId("plan-milestones")), "2027-09-30 Uppföljning");
        _click(_get(Button.class, s -> s.withId("plan-save")));
        assertThat(text("analysis-area-" + areaId)).contains("Tidsplan: 2027-01-01 – 2028-12-31", "2027-09-30 Uppföljning",
                "Ekerö: Prövar rutinen först", "FoU: Följer upp");

        _click(_get(Button.class, s -> s.withId("send-for-decision")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, s -> s.withId("analysis-status")).getText()).isEqualTo("Version 1 · Skickad för beslut");
        assertThat(_find(TextArea.class, s -> s.withId("analysis-text"))).as("a frozen version has no editor").isEmpty();
        AnalysisReport sent = SystemActor.call(() -> analysisService.current(stage.cycle().id()).orElseThrow());
        long proposalId = sent.proposals().get(0).id();
        assertThat(text("decision-status-" + proposalId)).isEqualTo("0 av 5 godkännanden");

        login("socialchef");
        open(stage.cycle().id());
        assertThat(_find(Button.class, s -> s.withId("start-analysis"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("approve-" + proposalId)));
        confirm("confirm-approve-proposal");
        assertThat(text("decision-status-" + proposalId)).isEqualTo("1 av 5 godkännanden");
        assertThat(text("votes-" + proposalId)).contains("Sara Socialchef (Sigtuna) godkände den ");
        assertThat(_get(Button.class, s -> s.withId("approve-" + proposalId)).isEnabled()).isFalse();
        assertThat(text("decision-" + proposalId)).as("the chief of Sigtuna sees no own rows here")
                .contains("Ekerö: Prövar rutinen först").doesNotContain("Ert ansvar");
        _setValue(_get(TextField.class, s -> s.withId("send-back-comment-" + proposalId)), "Ekerö behöver mer tid.");
        _click(_get(Button.class, s -> s.withId("send-back-" + proposalId)));
        confirm("confirm-send-back-proposal");
        assertThat(text("decision-status-" + proposalId)).startsWith("Skickat tillbaka till FoU");
        assertThat(text("decision-comment-" + proposalId)).isEqualTo("Kommentar från Sara Socialchef: Ekerö behöver mer tid.");

        login("fou");
        open(stage.cycle().id());
        _click(_get(Button.class, s -> s.withId("start-analysis")));
        assertThat(_get(Span.class, s -> s.withId("analysis-status")).getText()).isEqualTo("Version 2 · Utkast");
        assertThat(text("sent-back-" + areaId)).contains("Skickat tillbaka av Sara Socialchef den ", "Ekerö behöver mer tid.");
        assertThat(_get(TextArea.class, s -> s.withId("motivation-" + areaId)).getValue()).isEqualTo("Vanligaste hindret i underlagen.");
        assertThat(_find(Component.class, s -> s.withId("decision-panel"))).hasSize(1);
        assertThat(_find(UnorderedList.class, s -> s.withId("knowledge-of-" + areaId))).hasSize(1);
    }

    @Test
    void aContactSeesNeitherTheUnpublishedReportNorItsProposals() {
        login("ekero");
        open(testData.demoCycle().id());
        // She is told why and when it shows, not that there is none, and sees the areas already decided
        assertThat(_get(Paragraph.class, s -> s.withId("analysis-none")).getText())
                .startsWith("Den korta analysen bygger på alla kommuners svar och visas här när resultaten och alla "
                        + "kommuners svar är publicerade.");
        assertThat(_find(Component.class, s -> s.withId("improvement-areas"))).hasSize(1);
        // The motivations draw on every municipality's answers; the decided areas are on the start page instead
        assertThat(_find(Component.class, s -> s.withId("decision-panel"))).isEmpty();
        assertThat(_find(Button.class)).noneMatch(b -> b.getId().orElse("").startsWith("approve-")
                || b.getId().orElse("").startsWith("analysis-pdf"));
    }

    @Test
    void aSocialChiefSeesTheDemoDecisionsAndTheOpenProposalFirst() {
        login("socialchef");
        open(testData.demoCycle().id());
        String panel = text("decision-panel");
        assertThat(panel.indexOf("Standardiserade bedömningsmetoder")).as("the open proposal first")
                .isLessThan(panel.indexOf("Klienter vars hinder"));
        assertThat(panel).contains("2 av 5 godkännanden", "Godkänt 2018-05-22",
                "Registrerat av Fredrik Uppföljare för socialchefsgruppen.", "Mötet och protokollet", "Ert ansvar");
        assertThat(_find(Button.class)).filteredOn(b -> b.getId().orElse("").startsWith("approve-")).hasSize(1);
    }

    @Test
    void recordingTheGroupsDecisionMarksWhatIsMissingOnTheFieldsAndAsksFirst() {
        login("fou");
        open(testData.demoCycle().id());
        Button record = _find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("record-decision-"))
                .findFirst().orElseThrow();
        _click(record);
        _click(_get(Button.class, s -> s.withId("record-decision-save")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> outcome =
                _get(RadioButtonGroup.class, s -> s.withId("record-decision-outcome"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> meeting = _get(ComboBox.class, s -> s.withId("record-decision-meeting"));
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(meeting.isInvalid()).isTrue();
        assertThat(meeting.getErrorMessage()).isEqualTo("Möte måste fyllas i.");
        assertThat(_find(ConfirmDialog.class, s -> s.withId("confirm-record-decision"))).as("nothing asked while fields are empty").isEmpty();

        outcome.setValue(outcome.getListDataView().getItems().findFirst().orElseThrow());
        meeting.setValue(meeting.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(meeting.isInvalid()).isFalse();
        _click(_get(Button.class, s -> s.withId("record-decision-save")));
        ConfirmDialog asked = _get(ConfirmDialog.class, s -> s.withId("confirm-record-decision"));
        assertThat(asked.getElement().getProperty("message")).contains("kan inte ändras efteråt");
        // Cancelling records nothing: the proposal is still open for the social chiefs
        ConfirmDialogKt._fireCancel(asked);
        assertThat(_find(Button.class)).filteredOn(b -> b.getId().orElse("").equals(record.getId().orElseThrow())).hasSize(1);
    }
}
