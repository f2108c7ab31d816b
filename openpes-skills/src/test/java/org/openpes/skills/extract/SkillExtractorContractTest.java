package org.openpes.skills.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;

/** What every skill-extraction engine promises, run on the real ESCO skills. */
class SkillExtractorContractTest {
    private static final ReferenceData REF = ReferenceData.load();

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lexical extends Contract {
        private final SkillExtractor engine = new LexicalSkillExtractor(REF.esco());

        @Override
        SkillExtractor engine() {
            return engine;
        }

        @Test
        void aNearMissOfALabelStillCountsWithLowerConfidence() {
            List<SkillMention> found = engine.extract("You will be managing the staff of the warehouse.", 10);
            assertThat(found).extracting(SkillMention::label).contains("manage staff");
            assertThat(found).allSatisfy(m -> assertThat(m.confidence()).isBetween(0.35, 1.0));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ExactLabel extends Contract {
        private final SkillExtractor engine = new ExactLabelExtractor(REF.esco());

        @Override
        SkillExtractor engine() {
            return engine;
        }
    }

    abstract static class Contract {
        abstract SkillExtractor engine();

        private static final String AD = "The analyst writes SQL every day and supports project management.";

        @Test
        void findsTheSkillsNamedInAVacancyWithTheirSpans() {
            List<SkillMention> found = engine().extract(AD, 10);
            assertThat(found).extracting(SkillMention::label).contains("SQL", "project management");
            SkillMention sql = found.stream().filter(m -> m.label().equals("SQL")).findFirst().orElseThrow();
            assertThat(AD.substring(sql.start(), sql.end())).isEqualTo(sql.span()).isEqualTo("SQL");
            assertThat(sql.uri()).startsWith("http://data.europa.eu/esco/skill/");
        }

        @Test
        void ranksBestFirstEachSkillOnceAndKeepsToK() {
            List<SkillMention> found = engine().extract(AD + " SQL again: project management.", 3);
            assertThat(found).hasSizeLessThanOrEqualTo(3);
            assertThat(found).extracting(SkillMention::uri).doesNotHaveDuplicates();
            for (int i = 1; i < found.size(); i++) {
                assertThat(found.get(i).confidence()).isLessThanOrEqualTo(found.get(i - 1).confidence());
            }
        }

        @Test
        void textWithoutSkillsFindsNothingRatherThanGuessing() {
            assertThat(engine().extract("The and of, to the.", 10)).isEmpty();
        }

        @Test
        void emptyTextIsRefusedWithItsCode() {
            for (String bad : new String[] {"", "   ", null}) {
                assertThatThrownBy(() -> engine().extract(bad, 10)).isInstanceOf(OpenPesException.class)
                        .satisfies(e -> assertThat(((OpenPesException) e).errorCode()).isEqualTo(ErrorCode.SKL_002));
            }
        }

        @Test
        void hostileTextIsHandledAsText() {
            String hostile = "<script>alert(1)</script>'; DROP TABLE seekers; -- SQL " + "x".repeat(20_000);
            assertThat(engine().extract(hostile, 10)).extracting(SkillMention::label).contains("SQL");
        }
    }
}
