package se.fou.oj.submission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.base.ui.AccessDeniedView;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.StatisticsTable;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/** The compiled answers on screen: a breakdown that does not sum and its explanation, and drafts kept private. */
class CompiledAnswersViewKT extends KaribuTest {

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    private AppUserPrincipal user(String username) {
        return (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
    }

    /** A passed deadline: Ekerö submitted figures whose gender breakdown sums to 6 of 7, Solna has a draft. */
    private Request request() {
        StatisticsTable template = StatisticsTable.causeCodes();
        Request request = SystemActor.call(() -> requestService.createRequest(testData.newCycle().id(), new RequestDraft(
                "Statistik sammanställd", null, List.of("Vad vet vi?"), LocalDate.now().minusDays(1), null,
                template.rowsText(), template.breakdownsText())));
        long question = request.questions().get(0).id();
        Map<StatisticsTable.Cell, Integer> counts = new HashMap<>();
        counts.put(new StatisticsTable.Cell("021", "Totalt", "Alla"), 7);
        counts.put(new StatisticsTable.Cell("021", "Kön", "Män"), 3);
        counts.put(new StatisticsTable.Cell("021", "Kön", "Kvinnor"), 3);
        SystemActor.callAs(user("ekero"), () -> service.submit(request.id(), "0125", 0, Map.of(question, "Sju klienter"),
                counts, "En person saknar uppgift om kön."));
        SystemActor.callAs(user("solna"), () -> service.saveDraft(request.id(), "0184", 0, Map.of(question, "Solnas utkast"),
                Map.of(new StatisticsTable.Cell("021", "Totalt", "Alla"), 12), null));
        return request;
    }

    private static String text(String id) {
        return _get(Paragraph.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void aSubmissionWhoseBreakdownDoesNotSumShowsTheMismatchAndTheExplanation() {
        Request request = request();
        login("fou");
        UI.getCurrent().navigate("requests/" + request.id() + "/compiled");
        _assertOne(H4.class, s -> s.withText("Ekerö · Inskickad för sent"));
        // The mismatch under Ekerö's table, and the region's total names whose breakdowns do not sum
        assertThat(_find(Paragraph.class, s -> s.withClasses("warning")).stream().map(Paragraph::getText))
                .containsExactly("021, Kön: uppdelningen summerar till 6 men totalen är 7.",
                        "Uppdelningarna summerar inte till totalen hos Ekerö; regionens siffror innehåller deras tal som de skrevs.");
        assertThat(text("region-not-summing")).contains("hos Ekerö");
        _assertOne(Paragraph.class, s -> s.withText("Kommunens förklaring: En person saknar uppgift om kön."));
        // Shares of their column: the 3 men are all the men, the 3 women all the women
        assertThat(_get(CompiledAnswersView.class).getElement().getTextRecursively()).contains("7 (100 %)", "3 (100 %)");
        assertThat(text("answer-1-Ekerö")).isEqualTo("Ekerö: Sju klienter");
        // FoU sees the draft's status, not its text or figures
        assertThat(text("answer-1-Solna")).isEqualTo("Solna: Försenad");
        _assertNone(H4.class, s -> s.withText("Solna · Försenad"));
    }

    @Test
    void theDemoStatisticsShowTheSharesThePublishedReportPrinted() {
        login("fou");
        Request demo = requestService.requests(testData.demoCycle().id()).get(0);
        UI.getCurrent().navigate("requests/" + demo.id() + "/compiled");
        // Ekerö: 021 is 7 of 50 clients, 3 of 19 men, 4 of 31 women; Järfälla: 023 is 65 of 70 young, 022 1 of 223
        assertThat(_get(CompiledAnswersView.class).getElement().getTextRecursively())
                .contains("7 (14 %)", "3 (16 %)", "4 (13 %)", "65 (93 %)", "1 (<1 %)", "0 (–)")
                .contains("Andelen är antalets del av sin kolumn");
    }

    @Test
    void aContactSeesOtherMunicipalitiesDraftsAsNotSubmittedOnceThePublishedAnswersAreOpen() {
        Request request = request();
        login("jarfalla");
        UI.getCurrent().navigate("requests/" + request.id() + "/compiled");
        _assertOne(AccessDeniedView.class);

        SystemActor.run(() -> requestService.publishAnswers(request.id()));
        UI.getCurrent().navigate("requests/" + request.id() + "/compiled");
        assertThat(text("answer-1-Ekerö")).isEqualTo("Ekerö: Sju klienter");
        assertThat(text("answer-1-Solna")).isEqualTo("Solna: Inte inskickat");
        assertThat(text("answer-1-Järfälla")).isEqualTo("Järfälla: Försenad");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Solnas utkast");
        _assertOne(H4.class, s -> s.withText("Ekerö · Inskickad för sent"));
        _assertNone(H4.class, s -> s.withText("Solna · Inte inskickat"));
        _assertOne(Paragraph.class, s -> s.withText("Kommunens förklaring: En person saknar uppgift om kön."));
    }
}
