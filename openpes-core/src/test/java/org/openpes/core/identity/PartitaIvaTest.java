package org.openpes.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartitaIvaTest {

    @Test
    void theCheckDigitFollowsTheLuhnStyleRule() {
        // 0000000000 -> check 0; a known-valid number of the Agenzia delle Entrate format.
        assertThat(PartitaIva.isValid("00000000000")).isTrue();
        assertThat(PartitaIva.withCheckDigit("1234567890").value()).isEqualTo("12345678903");
        assertThat(PartitaIva.isValid("12345678903")).isTrue();
        assertThat(PartitaIva.isValid("12345678904")).isFalse();
    }

    @Test
    void malformedNumbersAreRefusedWithStableCodes() {
        assertThatThrownBy(() -> new PartitaIva("1234567890")).hasMessageStartingWith("OPES-VAL-006");
        assertThatThrownBy(() -> new PartitaIva("12345678904")).hasMessageStartingWith("OPES-VAL-007");
        assertThatThrownBy(() -> new EmployerCode("123")).hasMessageStartingWith("OPES-VAL-017");
    }

    @Test
    void anEmployerMayBeACompanyOrASoleTrader() {
        assertThat(new EmployerCode("12345678903").isCompany()).isTrue();
        assertThat(new EmployerCode("RSSMRA85T10A562S").isCompany()).isFalse();
    }
}
