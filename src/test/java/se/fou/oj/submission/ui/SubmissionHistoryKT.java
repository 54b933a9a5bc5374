package se.fou.oj.submission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;

/**
 * "Historik" under a municipality's answer: its contact sees who changed what when, before and after, growing as she
 * types; another municipality's contact reading the published answer gets no history.
 */
class SubmissionHistoryKT extends KaribuTest {

    @Autowired
    RequestService requestService;

    private static void open(Request request, String code) {
        UI.getCurrent().navigate(SubmissionView.class, new RouteParameters(
                new RouteParam(SubmissionView.REQUEST_ID, String.valueOf(request.id())),
                new RouteParam(SubmissionView.MUNICIPALITY, code)));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> historyRows() {
        Grid<AuditEntry> grid = _get(Grid.class, s -> s.withId("submission-history"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> List.of(GridKt._getFormatted(grid, i, "who"),
                GridKt._getFormatted(grid, i, "what"), GridKt._getFormatted(grid, i, "changes"))).toList();
    }

    @Test
    void theContactSeesHerAnswersHistoryWithEachChangeBeforeAndAfter() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Historiken",
                null, List.of("Vad vet vi?", "Vad saknas?"), LocalDate.now().plusDays(5), null)));
        login("ekero");
        open(request, "0125");
        assertThat(historyRows()).isEmpty();

        _setValue(_get(TextArea.class, s -> s.withId("answer-1")), "Vi vet en del.");
        _setValue(_get(TextArea.class, s -> s.withId("answer-1")), "Vi vet ganska mycket.");
        List<List<String>> rows = historyRows();
        assertThat(rows).hasSize(2);
        String ekero = rows.get(0).get(0);
        assertThat(rows).containsExactly(
                List.of(ekero, "Sparade utkastet", "Svar på fråga 1: Vi vet en del. → Vi vet ganska mycket."),
                List.of(ekero, "Sparade utkastet", "Svar på fråga 1: (tomt) → Vi vet en del."));

        // FoU reads the same history; another municipality's contact, once the answers are published, does not
        login("fou");
        open(request, "0125");
        assertThat(historyRows()).hasSize(2);
    }

    @Test
    void anotherMunicipalitysContactSeesNoHistoryOfAPublishedAnswer() {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Utan historik",
                null, List.of("Vad vet vi?"), LocalDate.now().minusDays(1), null)));
        login("ekero");
        open(request, "0125");
        _setValue(_get(TextArea.class, s -> s.withId("answer-1")), "Ekerös svar");
        SystemActor.run(() -> requestService.publishAnswers(request.id()));
        login("jarfalla");
        open(request, "0125");
        _assertNone(Grid.class, s -> s.withId("submission-history"));
    }
}
