package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTitlesTest {

    @Test
    void theViewComesFirstThenItsCycleThenTheService() {
        assertThat(PageTitles.of("Möten", "Ekonomiskt bistånd 2018")).isEqualTo("Möten – Ekonomiskt bistånd 2018 – FoU Nordväst");
    }

    @Test
    void aPartAlreadySaidIsNotRepeatedAndEmptyPartsAreLeftOut() {
        assertThat(PageTitles.of("Resultatmöte – Ekonomiskt bistånd 2018", "Ekonomiskt bistånd 2018", null, " "))
                .isEqualTo("Resultatmöte – Ekonomiskt bistånd 2018 – FoU Nordväst");
    }
}
