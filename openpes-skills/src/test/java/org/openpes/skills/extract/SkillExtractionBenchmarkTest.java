package org.openpes.skills.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

class SkillExtractionBenchmarkTest {
    @TempDir
    Path dir;

    private static SkillMention found(String label) {
        return new SkillMention("u:" + label, label, label, 0, 1, 1);
    }

    @Test
    void rPrecisionDividesByTheSmallerOfKAndTheGoldLabels() {
        List<SkillMention> ranked = List.of(found("SQL"), found("Java"), found("manage staff"));
        assertThat(SkillExtractionBenchmark.rPrecision(ranked, Set.of("sql"), 5)).isEqualTo(1.0);
        assertThat(SkillExtractionBenchmark.rPrecision(ranked, Set.of("sql", "python"), 5)).isEqualTo(0.5);
        Set<String> twelve = Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "sql");
        assertThat(SkillExtractionBenchmark.rPrecision(ranked, twelve, 10)).isEqualTo(0.1);
    }

    @Test
    void spansOfOneSentenceAreGatheredAndUnlabelledSpansAreNotGold() throws IOException {
        Path f = dir.resolve("val.csv");
        Files.writeString(f, "sentence,span,sub_span,label\n"
                + "\"Knows SQL, manages staff\",SQL,SQL,SQL\n"
                + "\"Knows SQL, manages staff\",manages staff,manages staff,manage staff\n"
                + "Friendly team,team,team,LABEL NOT PRESENT\n");
        List<SkillExtractionBenchmark.Sentence> s = SkillExtractionBenchmark.load(f);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).gold()).containsExactly("sql", "manage staff");
        assertThat(s.get(1).gold()).isEmpty();
    }

    @Test
    void aTruncatedRowIsRefusedWithFileAndLine() throws IOException {
        Path f = dir.resolve("val.csv");
        Files.writeString(f, "sentence,span,sub_span,label\nKnows SQL,SQL,SQL,SQL\nKnows Java,Java\n");
        assertThatThrownBy(() -> SkillExtractionBenchmark.load(f)).isInstanceOf(OpenPesException.class)
                .satisfies(e -> assertThat(((OpenPesException) e).errorCode()).isEqualTo(ErrorCode.SKL_003))
                .hasMessageContaining("line 3").hasMessageContaining("expected 4 fields");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> SkillExtractionBenchmark.load(dir.resolve("absent.csv")))
                .hasMessageContaining("absent.csv").hasMessageContaining("missing");
    }

    @Test
    void onlySentencesWithGoldAreScored() {
        SkillExtractor fixed = (text, k) -> text.contains("SQL") ? List.of(found("SQL")) : List.of();
        SkillExtractionBenchmark.Result r = SkillExtractionBenchmark.run(fixed, List.of(
                new SkillExtractionBenchmark.Sentence("Knows SQL", Set.of("sql")),
                new SkillExtractionBenchmark.Sentence("Knows Java", Set.of("java")),
                new SkillExtractionBenchmark.Sentence("Friendly team", Set.of())));
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.rpAt5()).isEqualTo(0.5);
    }
}
