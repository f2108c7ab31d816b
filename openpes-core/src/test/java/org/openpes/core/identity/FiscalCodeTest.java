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
}
