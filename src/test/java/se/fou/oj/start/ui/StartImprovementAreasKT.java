package se.fou.oj.start.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import se.fou.oj.KaribuTest;

/** After the decision every municipality sees the improvement areas, the plan and its own part on the start page. */
class StartImprovementAreasKT extends KaribuTest {

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void aContactSeesTheDecidedAreasWithTheirOwnResponsibilitiesMarked() {
        login("jarfalla");
        UI.getCurrent().navigate(StartView.class);
        String areas = text("improvement-areas");
        assertThat(areas).contains("Klienter vars hinder för egen försörjning är ohälsa · Ekonomiskt bistånd 2018",
                "Tidsplan: 2018-09-01 – 2020-08-31", "2019-09-30 Första uppföljningsmötet",
                "Järfälla: Prövar rutinen först och delar erfarenheterna Ert ansvar",
                "Alla kommuner: Upprättar och följer upp planerna tillsammans med den enskilde Ert ansvar",
                "Genomförandeplaner tillsammans med den enskilde", "Godkänt av socialchefsgruppen: 5 kommuner.", "Beslutat 2018-05-22.",
                "Registrerat av Fredrik Uppföljare för socialchefsgruppen.")
                .doesNotContain("Standardiserade bedömningsmetoder");
        // Ekerö's own row is not Järfälla's
        assertThat(areas).doesNotContain("Ekerö: Leder arbetet med den gemensamma mallen Ert ansvar");
    }

    @Test
    void aSocialChiefIsAskedToDecideTheOpenProposal() {
        login("socialchef");
        UI.getCurrent().navigate(StartView.class);
        assertThat(_get(Component.class, s -> s.withId("tasks")).getChildren()
                .map(c -> c.getElement().getTextRecursively()))
                .contains("Besluta om förbättringsområden: Ekonomiskt bistånd 2018 (1)inget slutdatum");
        login("socialchef-ekero");
        UI.getCurrent().navigate("knowledge");
        UI.getCurrent().navigate(StartView.class);
        // Ekerö's chief has voted on the demo's open proposal: nothing of the demo cycle is left for her (other tests
        // of the shared database may leave proposals of their own cycles)
        assertThat(_get(Component.class, s -> s.withId("my-tasks")).getElement().getTextRecursively())
                .doesNotContain("Ekonomiskt bistånd 2018");
    }
}
