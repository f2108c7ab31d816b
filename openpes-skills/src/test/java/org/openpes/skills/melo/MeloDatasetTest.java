package org.openpes.skills.melo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

class MeloDatasetTest {
    @TempDir
    Path dir;

    private void write(String queries, String corpus, String mapping, String qrels) throws IOException {
        Files.writeString(dir.resolve("queries.tsv"), queries);
        Files.writeString(dir.resolve("corpus_elements.tsv"), corpus);
        Files.writeString(dir.resolve("concept_mapping.tsv"), mapping);
        Files.writeString(dir.resolve("annotations.tsv"), qrels);
    }

    private static final String CORPUS = "C1_it_000\tinfermiere\nC1_it_001\tinfermiera\nC2_it_000\tcuoco\n";
    private static final String MAPPING = "C1_it_000\thttp://data.europa.eu/esco/occupation/n\n"
            + "C1_it_001\thttp://data.europa.eu/esco/occupation/n\nC2_it_000\thttp://data.europa.eu/esco/occupation/c\n";

    @Test
    void readsAWellFormedFolder() throws IOException {
        write("Q1\tInfermieri\n", CORPUS, MAPPING, "Q1\t0\tC1_it_000\t1\nQ1\t0\tC1_it_001\t1\nQ1\t0\tC2_it_000\t0\n");
        MeloDataset d = MeloDataset.load(dir);
        assertThat(d.queries()).containsEntry("Q1", "Infermieri");
        assertThat(d.corpus()).hasSize(3);
        assertThat(d.relevant().get("Q1")).containsExactlyInAnyOrder("C1_it_000", "C1_it_001");
    }

    @Test
    void aTruncatedAnnotationLineIsRefusedWithFileAndLine() throws IOException {
        write("Q1\tInfermieri\n", CORPUS, MAPPING, "Q1\t0\tC1_it_000\t1\nQ1\t0\tC1_it\n");
        assertThatThrownBy(() -> MeloDataset.load(dir)).isInstanceOf(OpenPesException.class)
                .satisfies(e -> assertThat(((OpenPesException) e).errorCode()).isEqualTo(ErrorCode.SKL_003))
                .hasMessageContaining("annotations.tsv line 2").hasMessageContaining("expected 4");
    }

    @Test
    void anAnnotationForAnUnknownCorpusElementIsRefused() throws IOException {
        write("Q1\tInfermieri\n", CORPUS, MAPPING, "Q1\t0\tC9_it_000\t1\n");
        assertThatThrownBy(() -> MeloDataset.load(dir)).hasMessageContaining("unknown corpus id 'C9_it_000'");
    }

    @Test
    void aDuplicatedQueryIdIsRefused() throws IOException {
        write("Q1\tInfermieri\nQ1\tCuochi\n", CORPUS, MAPPING, "Q1\t0\tC1_it_000\t1\n");
        assertThatThrownBy(() -> MeloDataset.load(dir)).hasMessageContaining("queries.tsv line 2")
                .hasMessageContaining("duplicate id 'Q1'");
    }

    @Test
    void aCorpusElementWithoutAConceptIsRefused() throws IOException {
        write("Q1\tInfermieri\n", CORPUS, "C1_it_000\thttp://data.europa.eu/esco/occupation/n\n", "");
        assertThatThrownBy(() -> MeloDataset.load(dir)).hasMessageContaining("C1_it_001 has no concept");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        write("Q1\tInfermieri\n", CORPUS, MAPPING, "");
        Files.delete(dir.resolve("corpus_elements.tsv"));
        assertThatThrownBy(() -> MeloDataset.load(dir)).hasMessageContaining("corpus_elements.tsv")
                .hasMessageContaining("missing");
    }

    @Test
    void aNonNumericRelevanceIsRefused() throws IOException {
        write("Q1\tInfermieri\n", CORPUS, MAPPING, "Q1\t0\tC1_it_000\tsì\n");
        assertThatThrownBy(() -> MeloDataset.load(dir)).hasMessageContaining("relevance 'sì' is not an integer");
    }
}
