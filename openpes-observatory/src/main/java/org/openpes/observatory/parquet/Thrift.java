package org.openpes.observatory.parquet;

import java.nio.charset.StandardCharsets;

/**
 * Thrift's compact protocol, write side, for Parquet's page headers and footer: structs of i32, i64, binary, list and
 * struct fields, in increasing field-id order.
 */
final class Thrift {
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteSink out;
    private final int[] lastId = new int[16];
    private int depth;

    Thrift(ByteSink out) {
        this.out = out;
    }

    /** Starts a struct (the top-level one, a struct field's value, or a list element). */
    Thrift begin() {
        lastId[++depth] = 0;
        return this;
    }

    Thrift end() {
        out.write(0);
        depth--;
        return this;
    }

    Thrift i32(int id, int v) {
        field(id, I32);
        out.varint(zigzag(v));
        return this;
    }

    Thrift i64(int id, long v) {
        field(id, I64);
        out.varint(zigzag(v));
        return this;
    }

    Thrift binary(int id, byte[] v) {
        field(id, BINARY);
        out.varint(v.length);
        out.write(v, 0, v.length);
        return this;
    }

    Thrift string(int id, String v) {
        return binary(id, v.getBytes(StandardCharsets.UTF_8));
    }

    /** A struct field: its fields follow, then {@link #end()}. */
    Thrift struct(int id) {
        field(id, STRUCT);
        return begin();
    }

    /** A list field of {@code size} elements of {@code type}; the elements follow (structs with begin/end). */
    Thrift list(int id, int type, int size) {
        field(id, LIST);
        if (size < 15) {
            out.write(size << 4 | type);
        } else {
            out.write(0xF0 | type);
            out.varint(size);
        }
        return this;
    }

    /** An element of an i32 list. */
    Thrift element(int v) {
        out.varint(zigzag(v));
        return this;
    }

    /** An element of a binary list. */
    Thrift element(String v) {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        out.varint(b.length);
        out.write(b, 0, b.length);
        return this;
    }

    private void field(int id, int type) {
        int delta = id - lastId[depth];
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            out.varint(zigzag(id));
        }
        lastId[depth] = id;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }
}
