package org.openpes.skills.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.source.ReferenceSource;

/** A region adds Italian ESCO skill labels through its reference overlay; the extractor then reads Italian text. */
class ItalianSkillLabelsTest {
    private static final String MANAGE_STAFF = "http://data.europa.eu/esco/skill/339ac029-066a-4985-9f9d-b3d7c8fea0bb";

    @TempDir
    Path overlay;

    private void italianLabels(String rows) throws IOException {
        Files.createDirectories(overlay.resolve("esco"));
        Files.writeString(overlay.resolve("esco/skills_it.csv"), "conceptUri,preferredLabel,altLabels\n" + rows);
    }

    @Test
    void anItalianLabelLetsTheExtractorFindTheSkillInItalianText() throws IOException {
        italianLabels(MANAGE_STAFF + ",gestire il personale,\"coordinare i dipendenti\ngestione del personale\"\n");
        ReferenceData ref = ReferenceData.load(ReferenceSource.overlay(overlay));
        assertThat(ref.esco().skill(MANAGE_STAFF).orElseThrow().altLabels()).contains("gestione del personale");
        List<SkillMention> found = new LexicalSkillExtractor(ref.esco())
                .extract("Cerchiamo un responsabile che sappia gestire il personale del magazzino.", 5);
        assertThat(found).extracting(SkillMention::uri).contains(MANAGE_STAFF);
        SkillMention m = found.stream().filter(x -> x.uri().equals(MANAGE_STAFF)).findFirst().orElseThrow();
        assertThat(m.span()).isEqualTo("gestire il personale");
        assertThat(m.label()).isEqualTo("manage staff");
    }

    @Test
    void withTheRegionsItalianLabelsAnOperatorLooksSkillsUpInItalianAndWithoutThemIsToldHowToAddThem()
            throws IOException {
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.overlay(overlay)).esco().labels()
                .skills("gestione del personale", "it", 5))
                .hasMessageContaining("OPES-REF-005").hasMessageContaining("'it'").hasMessageContaining("supported: en")
                .hasMessageContaining("docs/reference-data.md");
        italianLabels(MANAGE_STAFF + ",gestire il personale,\"coordinare i dipendenti\ngestione del personale\"\n");
        ReferenceData ref = ReferenceData.load(ReferenceSource.overlay(overlay));
        assertThat(ref.esco().labels().skills("gestione del personale", "it", 5)).containsExactly(MANAGE_STAFF);
        assertThat(ref.esco().labels().skills("coordinare dipendenti", "it", 5)).containsExactly(MANAGE_STAFF);
        assertThat(ref.esco().labels().skills("manage staff", "it", 5)).isEmpty();
        assertThat(ref.esco().labels().skills("manage staff", "en", 5)).contains(MANAGE_STAFF);
    }

    @Test
    void aLabelForASkillNotInEscoStopsLoadingWithFileAndLine() throws IOException {
        italianLabels(MANAGE_STAFF + ",gestire il personale,\nhttp://data.europa.eu/esco/skill/nope,inventata,\n");
        assertThatThrownBy(() -> ReferenceData.load(ReferenceSource.overlay(overlay)))
                .hasMessageContaining("skills_it.csv").hasMessageContaining("3")
                .hasMessageContaining("unknown skill http://data.europa.eu/esco/skill/nope");
    }
}
