package org.openpes.skills.titles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.esco.Esco;
import org.openpes.skills.text.Language;

/** Job titles as operators type them, in the seven languages, against the real ESCO labels. */
class OccupationNormaliserTest {
    private static Esco esco;
    private static OccupationNormaliser normaliser;

    @BeforeAll
    static void load() {
        esco = ReferenceData.load().esco();
        normaliser = new OccupationNormaliser(esco);
    }

    private static String englishTop(String title, String lang, int k) {
        List<OccupationMatch> hits = normaliser.normalise(title, Language.of("lang", lang), k);
        StringBuilder sb = new StringBuilder();
        for (OccupationMatch m : hits) {
            sb.append(esco.preferredLabels(m.uri()).getOrDefault("en", m.uri())).append(" | ");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', value = {
        "Infermieri;it;nurse",
        "direttrice d'albergo;it;accommodation manager",
        "resp. amministrativo;it;office manager",
        "Elettricisti;it;electrician",
        "software devs;en;software developer",
        "infirmière;fr;nurse",
        "cuisiniers;fr;cook",
        "enfermeras;es;nurse",
        "Elektrikerin;de;electrician",
        "verpleegkundigen;nl;nurse",
        "sjuksköterskor;sv;nurse"})
    void aTitleFindsItsOccupationAmongTheFirstThree(String title, String lang, String expectedEnglish) {
        assertThat(englishTop(title, lang, 3).toLowerCase()).contains(expectedEnglish);
    }

    @Test
    void everyResultCarriesTheLabelThatMatched() {
        List<OccupationMatch> hits = normaliser.normalise("cuoco di bordo", Language.IT, 5);
        assertThat(hits).hasSize(5);
        assertThat(hits.get(0).matchedLabel()).containsIgnoringCase("cuoc");
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void anEmptyTitleIsAClearError() {
        assertThatThrownBy(() -> normaliser.normalise("  ", Language.IT, 5)).isInstanceOf(OpenPesException.class)
                .satisfies(e -> assertThat(((OpenPesException) e).errorCode()).isEqualTo(ErrorCode.SKL_002));
    }

    @Test
    void anUnsupportedLanguageNamesTheSupportedOnes() {
        assertThatThrownBy(() -> Language.of("lang", "fi")).isInstanceOf(OpenPesException.class)
                .hasMessageContaining("'fi' is not supported").hasMessageContaining("it, en, fr, es, de, nl, sv");
    }
}
