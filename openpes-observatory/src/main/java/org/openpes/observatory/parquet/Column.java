package org.openpes.observatory.parquet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One nullable column of a {@link ParquetWriter}: it holds the values of the row group being filled. Values are given
 * as the text a CSV holds ({@link #add(byte[], int, int)}: empty is null) or as Java values.
 */
public abstract sealed class Column permits TextColumn, DictionaryColumn, IntColumn {
    static final int INT32 = 1;
    static final int INT64 = 2;
    static final int BYTE_ARRAY = 6;
    static final int NONE = -1;
    static final int UTF8 = 0;
    static final int DATE = 6;
    static final int INT_32 = 17;
    static final int INT_64 = 18;

    private final String name;
    private final int type;
    private final int convertedType;
    /** 1 for a value, 0 for a null, per row of the row group. */
    byte[] defined = new byte[1024];
    int rows;
    int nulls;

    /** A column of Parquet's physical {@code type} with its {@code convertedType} (or {@link #NONE}). */
    Column(String name, int type, int convertedType) {
        this.name = name;
        this.type = type;
        this.convertedType = convertedType;
    }

    /** UTF-8 strings, written as they are (for values that seldom repeat: ids, keys, free text). */
    public static Column text(String name) {
        return new TextColumn(name);
    }

    /**
     * UTF-8 strings, dictionary encoded (for codes: few distinct values). Each row group's dictionary holds the values
     * it uses.
     */
    public static Column dictionary(String name) {
        return new DictionaryColumn(name);
    }

    /** Dates, given as {@code YYYY-MM-DD}. */
    public static Column date(String name) {
        return new IntColumn(name, INT32, DATE);
    }

    /** 32-bit integers, given in decimal. */
    public static Column int32(String name) {
        return new IntColumn(name, INT32, INT_32);
    }

    /** 64-bit integers, given in decimal. */
    public static Column int64(String name) {
        return new IntColumn(name, INT64, INT_64);
    }

    public final String name() {
        return name;
    }

    /** Adds the value written as text in {@code b[from, to)}; an empty one is null. */
    public final void add(byte[] b, int from, int to) {
        if (from == to) {
            addNull();
        } else {
            value(b, from, to);
            defined(1);
        }
    }

    /** Adds a string (null is null). */
    public final void add(String v) {
        if (v == null) {
            addNull();
        } else {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            value(b, 0, b.length);
            defined(1);
        }
    }

    public final void addNull() {
        defined(0);
        nulls++;
    }

    private void defined(int d) {
        if (rows == defined.length) {
            defined = Arrays.copyOf(defined, rows * 2);
        }
        defined[rows++] = (byte) d;
    }

    /** A value of this row (not null). */
    abstract void value(byte[] b, int from, int to);

    /** Parquet's physical type. */
    final int type() {
        return type;
    }

    /** Parquet's converted type, or {@link #NONE}. */
    final int convertedType() {
        return convertedType;
    }

    /** Writes the row group's values (not the nulls) as a data page's values; answers the encoding. */
    abstract int writeValues(ByteSink out);

    /** The smallest and largest value of the row group, as Parquet's statistics write them; null when all are null. */
    abstract byte[] min();

    abstract byte[] max();

    /** Ready for the next row group. */
    void reset() {
        rows = 0;
        nulls = 0;
    }

    /** Parquet's definition levels of the row group (one bit each: a value or a null). */
    final void writeLevels(ByteSink out) {
        if (nulls == 0 || nulls == rows) {
            RleHybrid.repeat(out, rows, nulls == 0 ? 1 : 0, 1);
        } else {
            RleHybrid.bitPacked(out, defined, rows);
        }
    }

    static final int PLAIN = 0;
    static final int RLE = 3;
    static final int RLE_DICTIONARY = 8;
}
