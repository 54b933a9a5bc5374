package se.fou.oj.compilation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.CompilationVersion;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.results.ResultsService;
import se.fou.oj.start.ui.StartView;

class CompilationViewKT extends KaribuTest {

    @Autowired
    ResultsService resultsService;

    @Autowired
    CompilationService compilationService;

    private static void open(Cycle cycle) {
        UI.getCurrent().navigate(CompilationView.class, new RouteParameters(CompilationView.CYCLE_ID, String.valueOf(cycle.id())));
    }

    private Cycle importedCycle() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        return cycle;
    }

    @Test
    void fouRewordsASentenceSeesTheChartAndPublishes() {
        Cycle cycle = importedCycle();
        login("fou");
        open(cycle);
        assertThat(_get(Paragraph.class, s -> s.withId("sentence-EB02")).getElement().getTextRecursively())
                .isEqualTo("EB02: Samtliga kommuner utom Ekerö och Upplands Väsby har svarat ja. Upplands Väsby har svarat delvis. "
                        + "Snittet på 75 procent är bättre än Stockholm (57 %) och riket (33 %).");
        assertThat(_get(Div.class, s -> s.withId("chart-1-svg")).getElement().getProperty("innerHTML"))
                .startsWith("<svg").contains(">EB02<");

        _click(_get(Button.class, s -> s.withId("edit-sentence-EB02")));
        _get(TextArea.class, s -> s.withId("sentence-text")).setValue("Väntetiden klaras av sex kommuner; snittet är 80 procent.");
        _click(_get(Button.class, s -> s.withId("sentence-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("sentence-EB02")).getElement().getTextRecursively()).contains("Väntetiden klaras av sex kommuner");
        assertThat(_get(Span.class, s -> s.withId("sentence-flag-EB02")).getText()).isEqualTo("Stämmer kanske inte med siffrorna");
        _assertOne(Paragraph.class, s -> s.withId("compilation-flagged"));

        _click(_get(Button.class, s -> s.withId("publish-compilation")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        @SuppressWarnings("unchecked")
        Grid<CompilationVersion> versions = _get(Grid.class, s -> s.withId("compilation-versions"));
        assertThat(GridKt._size(versions)).isEqualTo(1);
        assertThat(GridKt._getFormatted(versions, 0, "version")).isEqualTo("Version 1");
    }

    @Test
    void municipalContactSeesNoDraftAndIsNotifiedOnPublication() {
        Cycle cycle = importedCycle();
        login("jarfalla");
        open(cycle);
        assertThat(_get(Paragraph.class, s -> s.withId("compilation-not-published")).getText())
                .isEqualTo("Sammanställningen är inte publicerad ännu.");
        assertThat(_get(Paragraph.class, s -> s.withId("compilation-when")).getText())
                .isEqualTo("Den visas här när FoU har publicerat den, och du får då ett meddelande under Nytt på startsidan.");
        _assertNone(TextArea.class, s -> s.withId("compilation-introduction"));
        _assertNone(Button.class, s -> s.withId("publish-compilation"));

        SystemActor.run(() -> compilationService.publish(cycle.id()));
        UI.getCurrent().navigate(StartView.class);
        Button notification = _get(Button.class, s -> s.withText("Sammanställningen " + cycle.title() + " (version 1) är publicerad."));
        _click(notification);
        _assertOne(CompilationView.class);
        @SuppressWarnings("unchecked")
        Grid<CompilationVersion> versions = _get(Grid.class, s -> s.withId("compilation-versions"));
        assertThat(GridKt._size(versions)).isEqualTo(1);
    }
}
