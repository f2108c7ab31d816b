package org.openpes.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorCatalogueDocumentedTest {

    @Test
    void everyCodeIsUniqueWellFormedAndDocumented() throws Exception {
        String doc = Files.readString(Path.of("../docs/errors.md"));
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(c.code()).matches("OPES-[A-Z]{2,3}-\\d{3}");
            assertThat(seen.add(c.code())).as(c.code()).isTrue();
            assertThat(doc).as(c.code()).contains("`" + c.code() + "`");
            assertThat(c.httpStatus()).isBetween(400, 599);
        }
    }

    @Test
    void messagesFormatTheirArguments() {
        assertThat(new OpenPesException(ErrorCode.REF_002, "bundled:x.csv", 12, "bad").getMessage())
                .isEqualTo("OPES-REF-002: reference file bundled:x.csv line 12: bad");
        assertThat(ErrorCode.VAL_008.format("comune", "12x"))
                .isEqualTo("comune: '12x' is not an ISTAT comune code (6 digits)");
    }
}
