package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpes.core.error.OpenPesException;

class CsvRecordsTest {
    /** What a row held when it was read (the reader refills one row). */
    record Read(long line, String[] fields, long contentHash, boolean plain, List<String> ranges, boolean unclosed,
            String text) {
    }

    private static List<Read> read(String text, int chunk, String... columns) {
        return read(text, chunk, CsvRecords.DEFAULT_MAX_RECORD_BYTES, columns);
    }

    private static List<Read> read(String text, int chunk, int maxRecordBytes, String... columns) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk)); // a slow disk: a few bytes at a time
            }
        };
        List<Read> rows = new ArrayList<>();
        CsvRecords reader = new CsvRecords(in, "co.csv", List.of(columns), maxRecordBytes);
        for (CsvRecords.Row r = reader.next(); r != null; r = reader.next()) {
            List<String> ranges = new ArrayList<>();
            if (r.plain() && r.complete()) {
                for (int i = 0; i < columns.length; i++) {
                    ranges.add(new String(r.bytes(), r.start(i), r.length(i), StandardCharsets.US_ASCII));
                }
            }
            rows.add(new Read(r.line(), r.fields(), r.contentHash(), r.plain(), ranges, r.unclosedQuote(),
                    r.text()));
        }
        return rows;
    }

    @Test
    void skipsTheHeaderAndNumbersRowsByTheirLineInTheFile() {
        List<Read> rows = read("communication_id,event_type\nCO1,HIRE\nCO2,TERMINATION\n", 1 << 20,
                "communication_id", "event_type");
        assertThat(rows).extracting(Read::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "TERMINATION");
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
        List<Read> rows = read("a,b,c\n\"Rossi, Mario\",\"il \"\"CCNL\"\"\",x\n\"two\nlines\",y,z\nlast,z,w\n", 7,
                "a", "b", "c");
        assertThat(rows.get(0).fields()).containsExactly("Rossi, Mario", "il \"CCNL\"", "x");
        assertThat(rows.get(0).text()).isEqualTo("\"Rossi, Mario\",\"il \"\"CCNL\"\"\",x"); // quoting kept
        assertThat(rows.get(1).fields()).containsExactly("two\nlines", "y", "z");
        assertThat(rows).extracting(Read::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void acceptsCrlfALoneCrAMissingFinalLineBreakEmptyFieldsAndUtf8() {
        List<Read> rows = read("a,b,c\r\nCO1,,Forlì\r\n\r\nCO2,a,\rCO3,b,c\r", 3, "a", "b", "c");
        assertThat(rows.get(0).fields()).containsExactly("CO1", "", "Forlì");
        assertThat(rows.get(1).fields()).containsExactly("CO2", "a", "");
        assertThat(rows.get(1).line()).isEqualTo(4L); // the empty line 3 is skipped but counted
        assertThat(rows.get(2).fields()).containsExactly("CO3", "b", "c");
        assertThat(rows.get(2).line()).isEqualTo(5L);
    }

    @Test
    void aFileWithLoneCrLineEndingsIsReadRowByRow() {
        List<Read> rows = read("a,b\rCO1,x\rCO2,y\rCO3,z", 4, "a", "b");
        assertThat(rows).extracting(r -> r.fields()[0]).containsExactly("CO1", "CO2", "CO3");
        assertThat(rows).extracting(Read::line).containsExactly(2L, 3L, 4L);
        assertThat(rows.get(0).plain()).isTrue();
    }

    @Test
    void columnsAreReadByNameWhateverTheirOrderAndExtraColumnsAreIgnored() {
        List<Read> rows = read("extra,b,a\nz,2,1\n", 1 << 20, "a", "b");
        assertThat(rows.get(0).fields()).containsExactly("1", "2");
        assertThat(rows.get(0).ranges()).containsExactly("1", "2");
    }

    @Test
    void aHeaderLackingAColumnIsRefusedWithTheNamesItLacks() {
        assertThatThrownBy(() -> read("a,c\n1,2\n", 1 << 20, "a", "b", "c"))
                .isInstanceOf(OpenPesException.class)
                .hasMessage("OPES-CO-036: co.csv: the header lacks the columns b; nothing was read from this file");
        assertThatThrownBy(() -> read("CO1,HIRE\nCO2,HIRE\n", 1 << 20, "communication_id", "event_type"))
                .hasMessageContaining("lacks the columns communication_id, event_type (is the first line a header?)");
        assertThatThrownBy(() -> read("a,b,a\n1,2,3\n", 1 << 20, "a", "b"))
                .hasMessageContaining("the header names a more than once");
    }

    @Test
    void aTruncatedRowKeepsTheFieldsItHasForTheValidatorToRefuse() {
        List<Read> rows = read("a,b,c\nCO1,HIRE,ORDINARY\nCO2,HI", 2, "a", "b", "c");
        assertThat(rows.get(1).fields()).containsExactly("CO2", "HI");
    }

    @Test
    void anUnclosedQuoteIsOneRowAndEveryRowAfterItIsRead() {
        StringBuilder csv = new StringBuilder("a,b\nCO1,ok\nCO2,\"never closed\n");
        for (int i = 3; i < 2_000; i++) {
            csv.append("CO").append(i).append(",x\n");
        }
        List<Read> rows = read(csv.toString(), 5, 4_096, "a", "b");
        assertThat(rows).hasSize(1_999);
        assertThat(rows.get(0).fields()).containsExactly("CO1", "ok");
        assertThat(rows.get(1).unclosed()).isTrue();
        assertThat(rows.get(1).line()).isEqualTo(3L);
        assertThat(rows.get(1).text()).isEqualTo("CO2,\"never closed");
        assertThat(rows.get(2).fields()).containsExactly("CO3", "x");
        assertThat(rows.get(2).line()).isEqualTo(4L);
        assertThat(rows.subList(2, rows.size())).noneMatch(Read::unclosed);
    }

    @Test
    void anUnclosedQuoteOnTheLastLinesLosesNothingBeforeOrAfterIt() {
        List<Read> rows = read("a,b\nCO1,ok\nCO2,\"never closed\nCO3,x\n", 5, "a", "b");
        assertThat(rows).extracting(r -> r.fields()[0]).containsExactly("CO1", "CO2", "CO3");
        assertThat(rows).extracting(Read::unclosed).containsExactly(false, true, false);
        List<Read> last = read("a,b\nCO1,ok\nCO2,\"never closed", 5, "a", "b");
        assertThat(last).extracting(Read::unclosed).containsExactly(false, true);
    }

    @Test
    void twoUnclosedQuotesDoNotMakeOneRecordOfTheLinesBetweenThem() {
        List<Read> rows = read("a,b,c\nCO1,\"open,x\nCO2,y,z\nCO3,\"open,w\nCO4,v,u\n", 3, "a", "b", "c");
        assertThat(rows).extracting(r -> r.fields()[0]).containsExactly("CO1", "CO2", "CO3", "CO4");
        assertThat(rows).extracting(Read::unclosed).containsExactly(true, false, true, false);
        // the second broken line closes the quote in a well-formed way: the good row between them still counts
        List<Read> closed = read("a,b,c\nCO1,\"open,x\nCO2,y,z\nCO3,w\",v\n", 3, "a", "b", "c");
        assertThat(closed).extracting(r -> r.fields()[0]).containsExactly("CO1", "CO2", "CO3");
        assertThat(closed).extracting(Read::unclosed).containsExactly(true, false, true);
    }

    @Test
    void aRecordLongerThanTheReadBufferIsReadWhole() {
        String longField = "x".repeat(3 << 20);
        List<Read> rows = read("a,b\nCO1," + longField + "\nCO2,y\n", 1 << 16, "a", "b");
        assertThat(rows.get(0).fields()[1]).hasSize(3 << 20);
        assertThat(rows.get(1).fields()).containsExactly("CO2", "y");
    }

    @Test
    void identicalRowsHaveTheSameHashAndADifferentByteChangesIt() {
        List<Read> rows = read("a,b,c\nCO1,HIRE,2024-01-02\nCO1,HIRE,2024-01-02\r\nCO1,HIRE,2024-01-03\n", 4,
                "a", "b", "c");
        assertThat(rows.get(0).contentHash()).isEqualTo(rows.get(1).contentHash()); // the CR is not content
        assertThat(rows.get(2).contentHash()).isNotEqualTo(rows.get(0).contentHash());
    }

    @Test
    void plainRowsExposeTheirFieldsAsByteRangesWithLfOrCrlf() {
        List<Read> rows = read("a,b,c,d\nCO1,HIRE,,2024-01-02\r\nCO2,\"TERMINATION\",x,y\nCO3,Forlì,a,b\n"
                + "CO4,a\tb,c,d\nCO5,last,x,y", 5, "a", "b", "c", "d");
        assertThat(rows.get(0).plain()).isTrue();
        assertThat(rows.get(0).ranges()).containsExactly("CO1", "HIRE", "", "2024-01-02");
        assertThat(rows.get(1).plain()).isFalse(); // quotes
        assertThat(rows.get(2).plain()).isFalse(); // not ASCII
        assertThat(rows.get(3).plain()).isFalse(); // a control character
        assertThat(rows.get(4).ranges()).containsExactly("CO5", "last", "x", "y");
        assertThat(rows).extracting(r -> r.fields()[0]).containsExactly("CO1", "CO2", "CO3", "CO4", "CO5");
    }

    @Test
    void fieldsJoinBackIntoALineThatReadsTheSame() {
        String[] fields = {"plain", "with, comma", "with \"quote\"", ""};
        List<Read> rows = read("a,b,c,d\n" + CsvRecords.join(fields) + "\n", 3, "a", "b", "c", "d");
        assertThat(rows.get(0).fields()).containsExactly(fields);
    }
}
