package org.openpes.observatory.ingest;

import java.util.Arrays;

/**
 * One accepted event as a line that {@link BatchWriter} keeps until it writes it into Parquet: the values of
 * {@link EventTable#LINE}, separated by commas, empty for null (every value is a checked code, key, number or ISO
 * date: no quoting is ever needed). It is refilled for each row, by {@link PlainRowCheck} straight from the input
 * bytes, or from an {@link AcceptedEvent} by {@link #of}.
 */
final class EventLine {
    private byte[] buf = new byte[512];
    private int len;
    /** The event date in days since 1970-01-01: the partition of the line. */
    int eventDay;

    EventLine clear() {
        len = 0;
        return this;
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return len;
    }

    EventLine bytes(byte[] src, int from, int to) {
        int n = to - from;
        room(n + 1);
        System.arraycopy(src, from, buf, len, n);
        len += n;
        return this;
    }

    EventLine bytes(byte[] src) {
        return bytes(src, 0, src.length);
    }

    EventLine text(String v) {
        int n = v.length();
        room(n + 1);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) v.charAt(i);
        }
        return this;
    }

    EventLine number(int v) {
        if (v >= 0 && v < 100) {
            room(3);
            if (v >= 10) {
                buf[len++] = (byte) ('0' + v / 10);
            }
            buf[len++] = (byte) ('0' + v % 10);
            return this;
        }
        return text(Integer.toString(v));
    }

    EventLine comma() {
        room(1);
        buf[len++] = ',';
        return this;
    }

    /** Room for {@code n} more bytes. */
    byte[] room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        return buf;
    }

    /** Marks {@code n} bytes written at {@link #length()} by the caller, after {@link #room}. */
    void advance(int n) {
        len += n;
    }

    /** The line of an event accepted by the reference rules ({@link CoRowValidator}). */
    EventLine of(AcceptedEvent e) {
        clear();
        text(e.communicationId()).comma().text(e.eventType()).comma().text(e.kind()).comma().text(e.correctsId())
                .comma().text(e.sendingDate()).comma().text(e.employerKey()).comma().text(e.ateco()).comma()
                .text(e.ateco2025()).comma().text(e.section()).comma().text(e.workplaceComune()).comma()
                .text(e.province()).comma().text(e.workerKey()).comma().text(e.sex()).comma().text(e.ageClass())
                .comma().text(e.citizenshipGroup()).comma().text(e.residenceComune()).comma().number(e.education())
                .comma().text(e.startDate()).comma().text(e.plannedEndDate()).comma().text(e.contractType()).comma()
                .text(e.contractGroup()).comma().text(e.workingTime()).comma().number(e.weeklyHours()).comma()
                .text(e.cp2011()).comma().text(e.eventDate()).comma().text(e.extensionEndDate()).comma()
                .text(e.transformationCode()).comma().text(e.terminationReason());
        eventDay = e.eventDay();
        return this;
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
