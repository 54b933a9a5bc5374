package se.fou.oj.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.BundleMessages;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.knowledge.KnowledgeItem;

/** Reading a plan's milestones and responsibilities as FoU types them, with the line of each mistake. */
class PlanTextsTest {

    private static final Messages MESSAGES = BundleMessages.create();

    @Test
    void milestonesAreADateAndAText() {
        assertThat(PlanTexts.parseMilestones("2019-06-30 Första uppföljningsmötet\n\n 2020-06-30  Andra ", MESSAGES))
                .containsExactly(new Plan.Milestone(LocalDate.of(2019, 6, 30), "Första uppföljningsmötet"),
                        new Plan.Milestone(LocalDate.of(2020, 6, 30), "Andra"));
        assertThatThrownBy(() -> PlanTexts.parseMilestones("2019-06-30 Bra\n30/6 Fel\n2019-07-01", MESSAGES))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(2)
                        .allMatch(p -> p.startsWith("Rad 2") || p.startsWith("Rad 3")));
    }

    @Test
    void responsibilitiesNameAMunicipalityAllOrFou() {
        var rows = PlanTexts.parseResponsibilities("Ekerö: Prövar först\nalla kommuner: Inför rutinen\nFoU: Följer upp\n0123: Delar",
                Map.of("Ekerö", "0125"), MESSAGES);
        assertThat(rows).extracting(PlanDraft.ResponsibilityDraft::who).containsExactly("0125", "ALLA", "FOU", "0123");
        assertThatThrownBy(() -> PlanTexts.parseResponsibilities("Ekerö prövar först", Map.of(), MESSAGES))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Rad 1 i ansvarsfördelningen");
    }

    @Test
    void aReferenceReadsAsInAReferenceList() {
        var item = new KnowledgeItem(1, "Socialstyrelsen", 2013, "Ekonomiskt bistånd – handbok",
                "Socialstyrelsen", null, "…", "fou", null);
        assertThat(item.reference()).isEqualTo("Socialstyrelsen (2013). Ekonomiskt bistånd – handbok. Socialstyrelsen.");
        assertThat(new KnowledgeItem(2, "Berg, B.", null, "Titel.", null, "https://x.se", "…", "fou", null)
                .reference()).isEqualTo("Berg, B. (u.å.). Titel. https://x.se");
    }
}
