package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    private static List<CsvRecords.RawRow> read(String text, int chunk) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk)); // a slow disk: a few bytes at a time
            }
        };
        List<CsvRecords.RawRow> rows = new ArrayList<>();
        new CsvRecords(in).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void skipsTheHeaderAndNumbersRowsByTheirLineInTheFile() {
        List<CsvRecords.RawRow> rows = read("communication_id,event_type\nCO1,HIRE\nCO2,TERMINATION\n", 1 << 20);
        assertThat(rows).extracting(CsvRecords.RawRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "TERMINATION");
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
        List<CsvRecords.RawRow> rows = read("h\n\"Rossi, Mario\",\"il \"\"CCNL\"\"\",x\n\"two\nlines\",y\nlast,z\n", 7);
        assertThat(rows.get(0).fields()).containsExactly("Rossi, Mario", "il \"CCNL\"", "x");
        assertThat(rows.get(1).fields()).containsExactly("two\nlines", "y");
        assertThat(rows).extracting(CsvRecords.RawRow::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void acceptsCrlfAMissingFinalLineBreakEmptyFieldsAndUtf8() {
        List<CsvRecords.RawRow> rows = read("h\r\nCO1,,Forlì\r\n\r\nCO2,a,", 3);
        assertThat(rows.get(0).fields()).containsExactly("CO1", "", "Forlì");
        assertThat(rows.get(1).fields()).containsExactly("CO2", "a", "");
        assertThat(rows.get(1).line()).isEqualTo(4L); // the empty line 3 is skipped but counted
    }

    @Test
    void aTruncatedRowKeepsTheFieldsItHasForTheValidatorToRefuse() {
        List<CsvRecords.RawRow> rows = read("h\nCO1,HIRE,ORDINARY\nCO2,HI", 2);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "HI");
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfTheFileWithoutLosingTheRowsBeforeIt() {
        List<CsvRecords.RawRow> rows = read("h\nCO1,ok\nCO2,\"never closed\nCO3,x\n", 5);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("CO1", "ok");
        assertThat(rows.get(1).line()).isEqualTo(3L);
    }

    @Test
    void aRecordLongerThanTheReadBufferIsReadWhole() {
        String longField = "x".repeat(3 << 20);
        List<CsvRecords.RawRow> rows = read("h\nCO1," + longField + "\nCO2,y\n", 1 << 16);
        assertThat(rows.get(0).fields()[1]).hasSize(3 << 20);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "y");
    }

    @Test
    void identicalRowsHaveTheSameHashAndADifferentByteChangesIt() {
        List<CsvRecords.RawRow> rows = read("h\nCO1,HIRE,2024-01-02\nCO1,HIRE,2024-01-02\nCO1,HIRE,2024-01-03\n", 4);
        assertThat(rows.get(0).contentHash()).isEqualTo(rows.get(1).contentHash());
        assertThat(rows.get(2).contentHash()).isNotEqualTo(rows.get(0).contentHash());
    }
}
