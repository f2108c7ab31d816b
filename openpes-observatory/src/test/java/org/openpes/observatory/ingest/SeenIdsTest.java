package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {
    @Test
    void tellsNewIdsExactDuplicatesAndConflictingResends() {
        SeenIds seen = new SeenIds();
        assertThat(seen.put("CO000000000001", 42)).isEqualTo(SeenIds.Seen.NEW);
        assertThat(seen.put("CO000000000001", 42)).isEqualTo(SeenIds.Seen.DUPLICATE);
        assertThat(seen.put("CO000000000001", 43)).isEqualTo(SeenIds.Seen.CONFLICT);
        assertThat(seen.put("CO000000000002", 42)).isEqualTo(SeenIds.Seen.NEW);
    }

    @Test
    void idsThatDifferOnlyInLeadingZerosOrLettersAreDifferentIds() {
        SeenIds seen = new SeenIds();
        assertThat(seen.put("CO0001", 1)).isEqualTo(SeenIds.Seen.NEW);
        assertThat(seen.put("CO001", 1)).isEqualTo(SeenIds.Seen.NEW);
        assertThat(seen.put("CP0001", 1)).isEqualTo(SeenIds.Seen.NEW);
        assertThat(SeenIds.pack("CO0001")).isNotEqualTo(SeenIds.pack("CO001")).isNotZero();
    }

    @Test
    void longIdsAndOtherFormsAreKeptExactlyToo() {
        SeenIds seen = new SeenIds();
        String twentyDigits = "CO12345678901234567890";
        assertThat(SeenIds.pack(twentyDigits)).isZero();
        assertThat(seen.put(twentyDigits, 7)).isEqualTo(SeenIds.Seen.NEW);
        assertThat(seen.put(twentyDigits, 7)).isEqualTo(SeenIds.Seen.DUPLICATE);
        assertThat(seen.put("CO12345678901234567891", 7)).isEqualTo(SeenIds.Seen.NEW);
    }

    @Test
    void keepsEveryIdThroughManyResizes() {
        SeenIds seen = new SeenIds();
        for (int i = 0; i < 300_000; i++) {
            assertThat(seen.put("CO" + String.format("%012d", i), i)).isEqualTo(SeenIds.Seen.NEW);
        }
        for (int i = 0; i < 300_000; i += 997) {
            assertThat(seen.put("CO" + String.format("%012d", i), i)).isEqualTo(SeenIds.Seen.DUPLICATE);
        }
    }
}
