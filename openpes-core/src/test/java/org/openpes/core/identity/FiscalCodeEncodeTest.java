package org.openpes.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FiscalCodeEncodeTest {

    @Test
    void theFastEncoderWritesExactlyWhatComposeBuilds() {
        SplittableRandom random = new SplittableRandom(1);
        byte[] buf = new byte[16];
        for (int i = 0; i < 10_000; i++) {
            StringBuilder letters = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                letters.append((char) ('A' + random.nextInt(26)));
            }
            LocalDate birth = LocalDate.ofEpochDay(-20_000 + random.nextInt(40_000));
            Sex sex = random.nextBoolean() ? Sex.M : Sex.F;
            String place = (char) ('A' + random.nextInt(26)) + String.format("%03d", random.nextInt(1000));
            FiscalCode.encode(buf, 0, letters.toString(), birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), sex, place);
            String encoded = new String(buf, StandardCharsets.US_ASCII);
            assertThat(encoded).isEqualTo(FiscalCode.compose(letters.toString(), birth, sex, place).value());
            assertThat(FiscalCode.isValid(encoded)).isTrue();
        }
    }
}
