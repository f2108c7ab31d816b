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

    @Test
    void theByteLevelCheckAgreesWithTheStringOne() {
        java.util.Random random = new java.util.Random(5);
        int valid = 0;
        for (int n = 0; n < 100_000; n++) {
            String digits = String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
            String raw = random.nextInt(20) == 0 ? digits.substring(0, 10) + "x" : digits;
            byte[] b = ("," + raw + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            boolean byBytes = PartitaIva.isValid(b, 1, b.length - 1);
            org.assertj.core.api.Assertions.assertThat(byBytes).as(raw).isEqualTo(PartitaIva.isValid(raw));
            valid += byBytes ? 1 : 0;
        }
        org.assertj.core.api.Assertions.assertThat(valid).isBetween(8_000, 11_000); // one in ten check digits fits
    }
}
