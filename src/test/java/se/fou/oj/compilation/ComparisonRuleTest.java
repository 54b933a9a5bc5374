package se.fou.oj.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.fou.oj.compilation.ComparisonSentences.Relation;

class ComparisonRuleTest {

    private static Relation relation(int average, int unit) {
        return ComparisonSentences.relation(BigDecimal.valueOf(average), BigDecimal.valueOf(unit));
    }

    @Test
    void withinFivePercentagePointsIsInLine() {
        assertThat(relation(75, 70)).isEqualTo(Relation.IN_LINE);
        assertThat(relation(70, 75)).isEqualTo(Relation.IN_LINE);
        assertThat(relation(75, 75)).isEqualTo(Relation.IN_LINE);
        assertThat(relation(76, 70)).isEqualTo(Relation.BETTER);
        assertThat(relation(64, 70)).isEqualTo(Relation.WORSE);
        assertThat(ComparisonSentences.IN_LINE_WITHIN_PERCENTAGE_POINTS).isEqualTo(5);
    }

    @Test
    void namesAreJoinedTheSwedishWay() {
        assertThat(ComparisonSentences.names(List.of("Ekerö"))).isEqualTo("Ekerö");
        assertThat(ComparisonSentences.names(List.of("Ekerö", "Solna"))).isEqualTo("Ekerö och Solna");
        assertThat(ComparisonSentences.names(List.of("Ekerö", "Solna", "Sigtuna"))).isEqualTo("Ekerö, Solna och Sigtuna");
        assertThat(ComparisonSentences.countWord(5)).isEqualTo("Fem");
        assertThat(ComparisonSentences.countWord(14)).isEqualTo("14");
    }
}
