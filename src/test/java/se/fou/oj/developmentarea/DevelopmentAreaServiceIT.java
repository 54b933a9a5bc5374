package se.fou.oj.developmentarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.results.ResultsService;

class DevelopmentAreaServiceIT extends IntegrationTest {

    @Autowired
    DevelopmentAreaService service;

    @Autowired
    ResultsService resultsService;

    @Autowired
    CycleService cycleService;

    @Test
    void areasRestOnTheCyclesIndicatorsAndMoveFromProposedToSelectedOrDropped() {
        Cycle cycle = testData.newCycle();
        SystemActor.run(() -> resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false));
        loginAs("fou");
        DevelopmentArea area = service.propose(cycle.id(), new DevelopmentAreaDraft("Ohälsa som hinder för egen försörjning",
                "Många klienter har ohälsa som hinder", "Orsakskoder 021–032 i försörjningsstödet", List.of("EB14", "EB13"), null));
        assertThat(area.status()).isEqualTo(DevelopmentArea.Status.PROPOSED);
        assertThat(area.indicatorCodes()).containsExactly("EB13", "EB14");
        assertThatThrownBy(() -> service.propose(cycle.id(), new DevelopmentAreaDraft("Fel", "Behov", null, List.of("XX99"), null)))
                .isInstanceOf(ValidationException.class).hasMessage("Indikatorerna XX99 finns inte i cykelns resultat.");
        assertThatThrownBy(() -> service.propose(cycle.id(), new DevelopmentAreaDraft(" ", " ", null, List.of(), null)))
                .isInstanceOf(ValidationException.class).hasMessage("Ge utvecklingsområdet en rubrik. "
                        + "Beskriv behovet bakom utvecklingsområdet. Välj minst en indikator som utvecklingsområdet vilar på.");

        assertThat(service.select(area.id()).status()).isEqualTo(DevelopmentArea.Status.SELECTED);
        assertThatThrownBy(() -> service.drop(area.id(), "")).isInstanceOf(ValidationException.class);
        DevelopmentArea dropped = service.drop(area.id(), "Ryms inte i år");
        assertThat(dropped.status()).isEqualTo(DevelopmentArea.Status.DROPPED);
        assertThat(dropped.dropReason()).isEqualTo("Ryms inte i år");

        // A municipal contact proposes only once the results are published, and never moves an area
        loginAs("ekero");
        DevelopmentAreaDraft proposal = new DevelopmentAreaDraft("Genomförandeplaner", "Planerna följs inte upp", null,
                List.of("EB29"), null);
        assertThatThrownBy(() -> service.propose(cycle.id(), proposal)).isInstanceOf(AccessDeniedException.class);
        SystemActor.run(() -> cycleService.publishResults(cycle.id()));
        DevelopmentArea proposed = service.propose(cycle.id(), proposal);
        assertThat(proposed.proposedByMunicipality()).isEqualTo("Ekerö");
        assertThatThrownBy(() -> service.select(proposed.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.areasOfCycle(cycle.id())).hasSize(2);
    }

    @Test
    void theDemoCycleHasItsThreeDevelopmentAreasFromTheResultMeetingTwoOfThemApproved() {
        loginAs("ekero");
        List<DevelopmentArea> areas = service.areasOfCycle(testData.demoCycle().id());
        // Selected at the result meeting; the social chiefs have since approved the first two as improvement areas
        assertThat(areas).filteredOn(a -> a.status() == DevelopmentArea.Status.APPROVED).extracting(DevelopmentArea::title)
                .containsExactly("Klienter vars hinder för egen försörjning är ohälsa",
                        "Genomförandeplaner tillsammans med den enskilde");
        assertThat(areas).filteredOn(a -> a.status() != DevelopmentArea.Status.DROPPED)
                .extracting(DevelopmentArea::title).containsExactlyInAnyOrder(
                        "Klienter vars hinder för egen försörjning är ohälsa",
                        "Genomförandeplaner tillsammans med den enskilde",
                        "Standardiserade bedömningsmetoder för alkohol och droger");
        assertThat(areas).filteredOn(a -> a.status() != DevelopmentArea.Status.DROPPED)
                .hasSizeGreaterThanOrEqualTo(DevelopmentArea.EXPECTED_AT_LEAST)
                .allSatisfy(a -> {
                    assertThat(a.meetingId()).isNotNull();
                    assertThat(a.need()).isNotBlank();
                    assertThat(a.indicatorCodes()).isNotEmpty();
                });
        assertThat(areas).filteredOn(a -> a.title().startsWith("Genomförandeplaner")).singleElement()
                .satisfies(a -> assertThat(a.indicatorCodes()).containsExactly("EB27", "EB28", "EB29"));
    }
}
