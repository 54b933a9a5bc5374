package se.fou.oj.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.TestData;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;
import se.fou.oj.results.ResultsService;

class InterpretationServiceIT extends IntegrationTest {

    @Autowired
    InterpretationService service;

    @Autowired
    RegionService regionService;

    @Autowired
    CycleService cycleService;

    @Autowired
    ResultsService resultsService;

    @Autowired
    MeetingService meetingService;

    private static Map<String, IndicatorInterpretation> byCode(List<IndicatorInterpretation> rows) {
        return rows.stream().collect(Collectors.toMap(IndicatorInterpretation::indicatorCode, Function.identity()));
    }

    @Test
    void readingsCarryOverToTheNextYearAndKeepTheirHistory() {
        Cycle[] cycles = SystemActor.call(() -> {
            Area area = regionService.saveArea(null, "Tolkning " + System.nanoTime(), true);
            Cycle earlier = cycleService.createCycle(area.id(), 2018);
            resultsService.importResults(earlier.id(), "oj.csv", TestData.ojCsvBytes(area.name()), false);
            return new Cycle[] {earlier, cycleService.createCycle(area.id(), 2019)};
        });
        loginAs("fou");
        service.agree(cycles[0].id(), "EB02", new InterpretationDraft("Väntetid i kalenderdagar.", "Nybesök: första besöket.",
                LocalDate.of(2018, 2, 14), "Kvalitetssäkringsmöte"));
        assertThat(byCode(service.forCycle(cycles[0].id())).get("EB02").status()).isEqualTo(InterpretationStatus.AGREED_THIS_CYCLE);
        assertThat(byCode(service.forCycle(cycles[0].id())).get("EB03").status()).isEqualTo(InterpretationStatus.NONE);

        // 2019 has no results yet: the register still lists the carried-over reading, with last year's indicator text
        IndicatorInterpretation carried = byCode(service.forCycle(cycles[1].id())).get("EB02");
        assertThat(carried.status()).isEqualTo(InterpretationStatus.CARRIED_OVER);
        assertThat(carried.indicatorText()).isEqualTo("Genomsnittlig väntetid till nybesök är max 14 dagar");
        assertThat(carried.current().reading()).isEqualTo("Väntetid i kalenderdagar.");

        service.confirm(cycles[1].id(), "EB02");
        IndicatorInterpretation confirmed = byCode(service.forCycle(cycles[1].id())).get("EB02");
        assertThat(confirmed.status()).isEqualTo(InterpretationStatus.CONFIRMED_THIS_CYCLE);
        assertThat(confirmed.current().confirmations()).singleElement().satisfies(c -> {
            assertThat(c.confirmedBy()).isEqualTo("fou");
            assertThat(c.cycleYear()).isEqualTo(2019);
        });
        assertThatThrownBy(() -> service.confirm(cycles[1].id(), "EB02")).isInstanceOf(ValidationException.class);

        service.agree(cycles[1].id(), "EB02", new InterpretationDraft("Väntetid i arbetsdagar från 2019.", null,
                LocalDate.of(2019, 2, 20), null));
        List<InterpretationVersion> history = service.history(cycles[1].id(), "EB02");
        assertThat(history).extracting(InterpretationVersion::versionNo).containsExactly(1, 2);
        assertThat(history.get(0).reading()).isEqualTo("Väntetid i kalenderdagar.");
        assertThat(history.get(0).confirmations()).hasSize(1);
        assertThat(history.get(1).reading()).isEqualTo("Väntetid i arbetsdagar från 2019.");
        assertThat(byCode(service.forCycle(cycles[1].id())).get("EB02").status()).isEqualTo(InterpretationStatus.AGREED_THIS_CYCLE);
        // The earlier cycle's view shows the area's current reading too, with its full history one click away
        assertThat(service.current(cycles[0].id(), "EB02").orElseThrow().versionNo()).isEqualTo(2);
    }

    @Test
    void everyoneReadsOnlyFouWritesAndAnEmptyReadingIsRefused() {
        Cycle demo = testData.demoCycle();
        loginAs("ekero");
        assertThat(service.current(demo.id(), "EB02")).isPresent();
        assertThatThrownBy(() -> service.agree(demo.id(), "EB02", new InterpretationDraft("Min egen läsning", null,
                LocalDate.now(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.confirm(demo.id(), "EB02")).isInstanceOf(AccessDeniedException.class);

        loginAs("fou");
        assertThatThrownBy(() -> service.agree(demo.id(), "EB03", new InterpretationDraft(" ", null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Skriv den överenskomna tolkningen. Ange när tolkningen kom överens.");
        assertThat(service.current(demo.id(), "EB03")).isEmpty();
    }

    @Test
    void aReadingNamesTheMeetingOfItsCycleBesideTheFreeTextNote() {
        Cycle cycle = testData.newCycle();
        Cycle other = testData.newCycle();
        loginAs("fou");
        Meeting meeting = meetingService.create(cycle.id(), new MeetingDraft(
                MeetingKind.QUALITY_ASSURANCE, "Kvalitetssäkring 2019", LocalDateTime.of(2019, 2, 12, 9, 0),
                "FoU", null, true, List.of(), null));
        Meeting elsewhere = meetingService.create(other.id(), new MeetingDraft(
                MeetingKind.QUALITY_ASSURANCE, "Annan cykel", LocalDateTime.of(2019, 2, 13, 9, 0),
                "FoU", null, true, List.of(), null));

        InterpretationVersion linked = service.agree(cycle.id(), "EB02", new InterpretationDraft("Kalenderdagar.", null,
                LocalDate.of(2019, 2, 12), "Med gäst från Socialstyrelsen", meeting.id()));
        assertThat(linked.meeting()).isEqualTo(new InterpretationVersion.MeetingRef(meeting.id(), "Kvalitetssäkring 2019",
                LocalDateTime.of(2019, 2, 12, 9, 0)));
        assertThat(linked.meetingNote()).isEqualTo("Med gäst från Socialstyrelsen");
        assertThatThrownBy(() -> service.agree(cycle.id(), "EB02", new InterpretationDraft("Arbetsdagar.", null,
                LocalDate.of(2019, 2, 13), null, elsewhere.id())))
                .isInstanceOf(ValidationException.class).hasMessage("Mötet hör inte till den här cykeln.");
        assertThatThrownBy(() -> service.agree(cycle.id(), "EB02", new InterpretationDraft("Arbetsdagar.", null,
                LocalDate.of(2019, 2, 13), null, 987_654_321L)))
                .isInstanceOf(ValidationException.class).hasMessage("Mötet hör inte till den här cykeln.");

        // A revision without a meeting: the history keeps the first version's meeting
        service.agree(cycle.id(), "EB02", new InterpretationDraft("Arbetsdagar.", null, LocalDate.of(2019, 2, 14), "Per e-post"));
        List<InterpretationVersion> history = service.history(cycle.id(), "EB02");
        assertThat(history).extracting(v -> v.meeting() == null ? null : v.meeting().title())
                .containsExactly("Kvalitetssäkring 2019", null);
        assertThat(history.get(1).meetingNote()).isEqualTo("Per e-post");
    }

    @Test
    void theDemoReadingsLinkToTheQualityAssuranceMeeting() {
        loginAs("ekero");
        Cycle demo = testData.demoCycle();
        for (String code : List.of("EB02", "EB19", "EB27")) {
            InterpretationVersion first = service.history(demo.id(), code).get(0);
            assertThat(first.meeting()).as(code).isNotNull();
            assertThat(first.meeting().title()).isEqualTo("Kvalitetssäkringsmöte – Ekonomiskt bistånd 2018");
            assertThat(first.meetingNote()).isEqualTo("Kvalitetssäkringsmöte 14 februari 2018");
        }
    }
}
