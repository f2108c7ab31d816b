package org.openpes.skills.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {
    @Test
    void expandsWholeWordsWithOrWithoutTheDot() {
        assertThat(Abbreviations.expand("Resp. amm.vo e ing meccanico", Language.IT))
                .isEqualTo("responsabile amministrativo e ingegnere meccanico");
    }

    @Test
    void leavesWordsThatOnlyStartLikeAnAbbreviationAlone() {
        assertThat(Abbreviations.expand("ingegnere responsabile", Language.IT)).isEqualTo("ingegnere responsabile");
        assertThat(Abbreviations.expand("Sr. dev", Language.EN)).isEqualTo("senior developer");
    }

    @Test
    void analysisFoldsPluralGenderAndAccents() {
        assertThat(Analysis.words("Infermieri e infermiere", Language.IT)).containsExactly("infermier", "infermier");
        assertThat(Analysis.words("direttore/direttrice dell'albergo", Language.IT))
                .containsExactly("direttor", "direttric", "alberg");
    }
}
