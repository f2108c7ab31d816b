package org.openpes.generator.population;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.reference.territory.Comune;

/**
 * Every synthetic person of the region, by index. Each has a valid codice fiscale consistent with sex, birth date
 * and birthplace (unique by construction; about 0.3% carry an omocodia substitution), a residence comune, a
 * citizenship and an ISCED level. Arrays hold about 30 bytes a person.
 */
public final class WorkerPool {
    /** ISCED 2011 levels drawn for workers: weights of levels 0..8. */
    private static final double[] ISCED = {0.5, 6, 28, 34, 9, 0.5, 11, 9, 2};

    private final List<Comune> regionComuni;
    private final List<Comune> allComuni;
    private final WeightedIndex residenceIndex;
    private final WeightedIndex countryIndex = new WeightedIndex(Countries.WEIGHT);
    private final WeightedIndex iscedIndex = new WeightedIndex(ISCED);
    private final double foreignShare;

    /**
     * One 32-byte record a person, so that reading a person touches one cache line: bytes 0–15 the codice fiscale
     * (ASCII), 16–19 the birth day, 20–23 the residence comune index, 24 sex and ISCED, 25 the citizenship index.
     */
    private static final int RECORD = 32;
    private int size;
    private byte[] records;

    private final int shard;
    private final int shards;

    /**
     * The people of shard {@code shard} of {@code shards}: codes stay unique across shards. Room for
     * {@code expected} people is made at once (the pool still grows beyond it): growing arrays of hundreds of
     * megabytes by copying costs full garbage collections.
     */
    public WorkerPool(int shard, int shards, ComuneWeights weights, List<Comune> allComuni, double foreignShare,
            int expected) {
        this.records = new byte[RECORD * Math.max(1024, expected)];
        this.shard = shard;
        this.shards = shards;
        this.regionComuni = weights.comuni();
        this.allComuni = allComuni;
        this.residenceIndex = weights.residenceIndex();
        this.foreignShare = foreignShare;
    }

    /** Creates a person aged {@code minAge..maxAge} on {@code day}; returns the index. */
    public int create(int day, int minAge, int maxAge, SplittableRandom random) {
        ensure(size + 1);
        int i = size++;
        Sex sex = random.nextBoolean() ? Sex.M : Sex.F;
        int age = minAge + (int) ((maxAge - minAge + 1) * Math.pow(random.nextDouble(), 1.4));
        int birth = day - age * 365 - random.nextInt(365);
        boolean foreign = random.nextDouble() < foreignShare;
        int country = foreign ? countryIndex.next(random) : -1;
        String cadastral;
        if (foreign) {
            cadastral = Countries.CADASTRAL[country];
        } else if (random.nextDouble() < 0.75) {
            cadastral = regionComuni.get(residenceIndex.next(random)).cadastralCode();
        } else {
            cadastral = allComuni.get(random.nextInt(allComuni.size())).cadastralCode();
        }
        String letters = Hash.letters((long) i * shards + shard);
        LocalDate date = LocalDate.ofEpochDay(birth);
        int at = i * RECORD;
        FiscalCode.encode(records, at, letters, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), sex,
                cadastral);
        if (random.nextDouble() < 0.003) {
            String value = omocode(new String(records, at, 16, StandardCharsets.US_ASCII));
            System.arraycopy(value.getBytes(StandardCharsets.US_ASCII), 0, records, at, 16);
        }
        putInt(at + 16, birth);
        putInt(at + 20, residenceIndex.next(random));
        int isced = iscedIndex.next(random);
        records[at + 24] = (byte) ((sex == Sex.F ? 0x10 : 0) | isced);
        records[at + 25] = (byte) country;
        return i;
    }

    /** Replaces the last digit of the cadastral code with its omocodia letter and recomputes the check character. */
    private static String omocode(String value) {
        char digit = value.charAt(14);
        String body = value.substring(0, 14) + "LMNPQRSTUV".charAt(digit - '0');
        String fifteen = body;
        // FiscalCode validates the check character; find it by trying the 26 letters once.
        for (char c = 'A'; c <= 'Z'; c++) {
            if (FiscalCode.isValid(fifteen + c)) {
                return fifteen + c;
            }
        }
        return value;
    }

    private void ensure(int n) {
        if (n * RECORD > records.length) {
            records = Arrays.copyOf(records, Math.max(n * RECORD, records.length * 2));
        }
    }

    private void putInt(int at, int v) {
        records[at] = (byte) (v >>> 24);
        records[at + 1] = (byte) (v >>> 16);
        records[at + 2] = (byte) (v >>> 8);
        records[at + 3] = (byte) v;
    }

    private int getInt(int at) {
        return (records[at] << 24) | ((records[at + 1] & 0xFF) << 16) | ((records[at + 2] & 0xFF) << 8)
                | (records[at + 3] & 0xFF);
    }

    public int size() {
        return size;
    }

    /** How many people fit before the pool grows: arrays indexed by person can be sized to it. */
    public int capacity() {
        return records.length / RECORD;
    }

    /** The 16 ASCII bytes of the codice fiscale start at {@code codeOffset(i)} in {@link #codeBytes()}. */
    public byte[] codeBytes() {
        return records;
    }

    public int codeOffset(int i) {
        return i * RECORD;
    }

    public String code(int i) {
        return new String(records, i * RECORD, 16, StandardCharsets.US_ASCII);
    }

    public int birthDay(int i) {
        return getInt(i * RECORD + 16);
    }

    public boolean female(int i) {
        return (records[i * RECORD + 24] & 0x10) != 0;
    }

    public int isced(int i) {
        return records[i * RECORD + 24] & 0x0F;
    }

    private static final byte[][] ISO_BYTES = new byte[Countries.ISO.length + 1][];

    static {
        ISO_BYTES[0] = "IT".getBytes(StandardCharsets.US_ASCII);
        for (int k = 0; k < Countries.ISO.length; k++) {
            ISO_BYTES[k + 1] = Countries.ISO[k].getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** ISO alpha-2 citizenship as ASCII bytes. */
    public byte[] citizenshipBytes(int i) {
        return ISO_BYTES[records[i * RECORD + 25] + 1];
    }

    /** ISO alpha-2 citizenship. */
    public String citizenship(int i) {
        byte c = records[i * RECORD + 25];
        return c < 0 ? "IT" : Countries.ISO[c];
    }

    public Comune residence(int i) {
        return regionComuni.get(residenceIndex(i));
    }

    public int residenceIndex(int i) {
        return getInt(i * RECORD + 20);
    }
}
