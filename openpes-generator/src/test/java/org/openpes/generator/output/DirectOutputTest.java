package org.openpes.generator.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectOutputTest {
    @TempDir
    Path tmp;

    @Test
    void aFileOfCoRowsWhoseLengthIsNoMultipleOfABlockKeepsExactlyItsBytes() throws Exception {
        byte[] row = "CO000000000001,HIRE,ORDINARY,,2024-01-02,UL,01234567890,RSSMRA80A01F205X\n"
                .getBytes(StandardCharsets.US_ASCII);
        SplittableRandom random = new SplittableRandom(3);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        Path file = tmp.resolve("events_2024-p0.csv");
        try (OutputStream out = DirectOutput.open(file)) {
            // more than one 4 MB buffer, in writes of every size, and single bytes
            while (expected.size() < 9_500_000) {
                int n = 1 + random.nextInt(row.length);
                out.write(row, 0, n);
                expected.write(row, 0, n);
                out.write('\n');
                expected.write('\n');
            }
        }
        assertThat(Files.size(file)).isEqualTo(expected.size()).isNotZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    }

    @Test
    void anEmptyFileStaysEmptyAndAnExistingFileIsReplaced() throws Exception {
        Path file = tmp.resolve("events_2017-p1.csv");
        Files.writeString(file, "old content that must go");
        try (OutputStream out = DirectOutput.open(file)) {
            assertThat(out).isNotNull();
        }
        assertThat(Files.size(file)).isZero();
        try (OutputStream out = DirectOutput.open(file)) {
            out.write("abc".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.readString(file)).isEqualTo("abc");
    }
}
