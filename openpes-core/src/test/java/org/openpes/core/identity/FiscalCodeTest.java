package org.openpes.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

class FiscalCodeTest {

    @Test
    void theTextbookCodeOfMarioRossiIsValidAndDecodes() {
        FiscalCode mario = FiscalCode.parse("RSSMRA85T10A562S");
        assertThat(mario.sex()).isEqualTo(Sex.M);
        assertThat(mario.birthDate(2024)).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(mario.birthplaceCadastralCode()).isEqualTo("A562");
        assertThat(mario.isOmocode()).isFalse();
    }

    @Test
    void aWomanBornInMilanoIsComposedAndDecodedBack() {
        FiscalCode giulia = FiscalCode.compose("BNCGLI", LocalDate.of(2001, 2, 28), Sex.F, "F205");
        assertThat(giulia.value()).startsWith("BNCGLI01B68F205");
        assertThat(giulia.sex()).isEqualTo(Sex.F);
        assertThat(giulia.birthDate(2024)).isEqualTo(LocalDate.of(2001, 2, 28));
        assertThat(giulia.birthplaceCadastralCode()).isEqualTo("F205");
    }

    @Test
    void omocodiaSubstitutionsDecodeToTheSameBirthDataAndPlace() {
        // Replace the last digit of the cadastral code (2 -> N) and recompute the check character.
        String body = "RSSMRA85T10A56N";
        FiscalCode omocode = FiscalCode.parse(body + FiscalCode.checkChar(body));
        assertThat(omocode.isOmocode()).isTrue();
        assertThat(omocode.birthplaceCadastralCode()).isEqualTo("A562");
        assertThat(omocode.birthDate(2024)).isEqualTo(LocalDate.of(1985, 12, 10));
    }

    @Test
    void aWrongCheckCharacterIsRefusedWithItsCode() {
        assertThatThrownBy(() -> FiscalCode.parse("worker_fiscal_code", "RSSMRA85T10A562T"))
                .isInstanceOf(OpenPesException.class)
                .hasMessage("OPES-VAL-004: worker_fiscal_code: fiscal code check character is wrong");
    }

    @Test
    void truncatedHostileAndImpossibleCodesAreRefused() {
        assertThat(code("RSSMRA85T10A562")).isEqualTo(ErrorCode.VAL_002);
        assertThat(code("RSSMRA85T10A562S'; DROP TABLE x")).isEqualTo(ErrorCode.VAL_002);
        assertThat(code("RSSMRA85Z10A562S")).isEqualTo(ErrorCode.VAL_003);
        assertThat(code("")).isEqualTo(ErrorCode.VAL_001);
        String feb31 = "RSSMRA85B31A562";
        assertThat(code(feb31 + FiscalCode.checkChar(feb31))).isEqualTo(ErrorCode.VAL_005);
    }

    @Test
    void toStringNeverPrintsTheWholeCode() {
        assertThat(FiscalCode.parse("RSSMRA85T10A562S").toString()).doesNotContain("RSSMRA85T10A562S").contains("***");
    }

    private static ErrorCode code(String raw) {
        try {
            FiscalCode.parse(raw);
            return null;
        } catch (OpenPesException e) {
            return e.errorCode();
        }
    }

    @Test
    void theByteLevelDecoderAcceptsExactlyTheCanonicalCodesParseAcceptsAndReadsTheSameHolder() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "ABCDEHLMPRSTUVZ0123456789LMNPQRSTUV";
        int valid = 0;
        for (int n = 0; n < 200_000; n++) {
            char[] c = "RSSMRA85T10A562S".toCharArray();
            for (int k = random.nextInt(3); k >= 0; k--) { // one to three characters changed
                c[random.nextInt(16)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String body = new String(c, 0, 15);
            String code = random.nextBoolean() && onlyLettersAndDigits(body) ? body + FiscalCode.checkChar(body)
                    : new String(c);
            int decoded = FiscalCode.decodeCanonical(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0);
            assertThat(decoded >= 0).as(code).isEqualTo(FiscalCode.isValid(code));
            if (decoded >= 0) {
                valid++;
                FiscalCode parsed = FiscalCode.parse(code);
                int month = decoded / 100 % 100;
                int day = decoded % 100 % 40;
                assertThat(decoded % 100 > 40 ? Sex.F : Sex.M).isEqualTo(parsed.sex());
                for (int reference : new int[] {1990, 2004, 2024}) {
                    assertThat(LocalDate.of(FiscalCode.birthYear(decoded / 10_000, month, day, reference), month, day))
                            .isEqualTo(parsed.birthDate(reference));
                }
            }
        }
        assertThat(valid).isGreaterThan(10_000);
        assertThat(FiscalCode.decodeCanonical("rssmra85t10a562s".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                0)).isEqualTo(-1); // parse reads it, in upper case: the byte level leaves it to parse
    }

    private static boolean onlyLettersAndDigits(String s) {
        return s.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9');
    }
}
