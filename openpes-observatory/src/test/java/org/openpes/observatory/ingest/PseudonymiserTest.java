package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The pseudonym is HMAC-SHA-256 of the fiscal code under the configured key, its first 128 bits in lower-case hex. */
class PseudonymiserTest {
    static final String KEY = "pseudonymiser-test-key-0123456789abcdef";

    @Test
    void aFiscalCodeBecomesTheFirst128BitsOfItsKeyedHashWhetherGivenAsTextOrAsBytes() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("RSSMRA85T10A562S".getBytes(StandardCharsets.US_ASCII)),
                0, 16);

        Pseudonymiser p = new Pseudonymiser(KEY);
        byte[] row = "x,RSSMRA85T10A562S,y".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[34];
        p.pseudonym(row, 2, 16, out, 1);

        assertThat(p.pseudonym("RSSMRA85T10A562S")).isEqualTo(expected);
        assertThat(new String(out, 1, 32, StandardCharsets.US_ASCII)).isEqualTo(expected);
        assertThat(new Pseudonymiser(KEY + "-other").pseudonym("RSSMRA85T10A562S")).isNotEqualTo(expected);
    }
}
