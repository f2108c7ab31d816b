package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    /** What a row held when it was read (the reader refills one row). */
    record Read(long line, String[] fields, long contentHash, boolean plain, List<String> ranges) {
    }

    private static List<Read> read(String text, int chunk) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk)); // a slow disk: a few bytes at a time
            }
        };
        List<Read> rows = new ArrayList<>();
        CsvRecords reader = new CsvRecords(in);
        for (CsvRecords.Row r = reader.next(); r != null; r = reader.next()) {
            List<String> ranges = new ArrayList<>();
            if (r.plain()) {
                for (int i = 0; i < r.count(); i++) {
                    ranges.add(new String(r.bytes(), r.start(i), r.length(i), StandardCharsets.US_ASCII));
                }
            }
            rows.add(new Read(r.line(), r.fields(), r.contentHash(), r.plain(), ranges));
        }
        return rows;
    }

    @Test
    void skipsTheHeaderAndNumbersRowsByTheirLineInTheFile() {
        List<Read> rows = read("communication_id,event_type\nCO1,HIRE\nCO2,TERMINATION\n", 1 << 20);
        assertThat(rows).extracting(Read::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "TERMINATION");
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
        List<Read> rows = read("h\n\"Rossi, Mario\",\"il \"\"CCNL\"\"\",x\n\"two\nlines\",y\nlast,z\n", 7);
        assertThat(rows.get(0).fields()).containsExactly("Rossi, Mario", "il \"CCNL\"", "x");
        assertThat(rows.get(1).fields()).containsExactly("two\nlines", "y");
        assertThat(rows).extracting(Read::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void acceptsCrlfAMissingFinalLineBreakEmptyFieldsAndUtf8() {
        List<Read> rows = read("h\r\nCO1,,Forlì\r\n\r\nCO2,a,", 3);
        assertThat(rows.get(0).fields()).containsExactly("CO1", "", "Forlì");
        assertThat(rows.get(1).fields()).containsExactly("CO2", "a", "");
        assertThat(rows.get(1).line()).isEqualTo(4L); // the empty line 3 is skipped but counted
    }

    @Test
    void aTruncatedRowKeepsTheFieldsItHasForTheValidatorToRefuse() {
        List<Read> rows = read("h\nCO1,HIRE,ORDINARY\nCO2,HI", 2);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "HI");
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfTheFileWithoutLosingTheRowsBeforeIt() {
        List<Read> rows = read("h\nCO1,ok\nCO2,\"never closed\nCO3,x\n", 5);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("CO1", "ok");
        assertThat(rows.get(1).line()).isEqualTo(3L);
    }

    @Test
    void aRecordLongerThanTheReadBufferIsReadWhole() {
        String longField = "x".repeat(3 << 20);
        List<Read> rows = read("h\nCO1," + longField + "\nCO2,y\n", 1 << 16);
        assertThat(rows.get(0).fields()[1]).hasSize(3 << 20);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "y");
    }

    @Test
    void identicalRowsHaveTheSameHashAndADifferentByteChangesIt() {
        List<Read> rows = read("h\nCO1,HIRE,2024-01-02\nCO1,HIRE,2024-01-02\nCO1,HIRE,2024-01-03\n", 4);
        assertThat(rows.get(0).contentHash()).isEqualTo(rows.get(1).contentHash());
        assertThat(rows.get(2).contentHash()).isNotEqualTo(rows.get(0).contentHash());
    }

    @Test
    void plainRowsExposeTheirFieldsAsByteRangesWithLfOrCrlf() {
        List<Read> rows = read("h\nCO1,HIRE,,2024-01-02\r\nCO2,\"TERMINATION\",x\nCO3,Forlì\nCO4,a\tb\nCO5,last", 5);
        assertThat(rows.get(0).plain()).isTrue();
        assertThat(rows.get(0).ranges()).containsExactly("CO1", "HIRE", "", "2024-01-02");
        assertThat(rows.get(1).plain()).isFalse(); // quotes
        assertThat(rows.get(2).plain()).isFalse(); // not ASCII
        assertThat(rows.get(3).plain()).isFalse(); // a control character
        assertThat(rows.get(4).ranges()).containsExactly("CO5", "last");
        assertThat(rows).extracting(r -> r.fields()[0]).containsExactly("CO1", "CO2", "CO3", "CO4", "CO5");
    }
}
