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

    private int size;
    private byte[] codes = new byte[16 * 1024];
    private int[] birthDay = new int[1024];
    private int[] residence = new int[1024];
    private byte[] sexIsced = new byte[1024];
    private byte[] citizenship = new byte[1024];

    private final int shard;
    private final int shards;

    /** The people of shard {@code shard} of {@code shards}: codes stay unique across shards. */
    public WorkerPool(int shard, int shards, ComuneWeights weights, List<Comune> allComuni, double foreignShare) {
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
        FiscalCode.encode(codes, i * 16, letters, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), sex,
                cadastral);
        if (random.nextDouble() < 0.003) {
            String value = omocode(new String(codes, i * 16, 16, StandardCharsets.US_ASCII));
            System.arraycopy(value.getBytes(StandardCharsets.US_ASCII), 0, codes, i * 16, 16);
        }
        birthDay[i] = birth;
        residence[i] = residenceIndex.next(random);
        int isced = iscedIndex.next(random);
        sexIsced[i] = (byte) ((sex == Sex.F ? 0x10 : 0) | isced);
        citizenship[i] = (byte) country;
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
        if (n > birthDay.length) {
            int cap = Math.max(n, birthDay.length * 2);
            codes = Arrays.copyOf(codes, cap * 16);
            birthDay = Arrays.copyOf(birthDay, cap);
            residence = Arrays.copyOf(residence, cap);
            sexIsced = Arrays.copyOf(sexIsced, cap);
            citizenship = Arrays.copyOf(citizenship, cap);
        }
    }

    public int size() {
        return size;
    }

    /** The 16 ASCII bytes of the codice fiscale start at {@code codeOffset(i)} in {@link #codeBytes()}. */
    public byte[] codeBytes() {
        return codes;
    }

    public int codeOffset(int i) {
        return i * 16;
    }

    public String code(int i) {
        return new String(codes, i * 16, 16, StandardCharsets.US_ASCII);
    }

    public int birthDay(int i) {
        return birthDay[i];
    }

    public boolean female(int i) {
        return (sexIsced[i] & 0x10) != 0;
    }

    public int isced(int i) {
        return sexIsced[i] & 0x0F;
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
        return ISO_BYTES[citizenship[i] + 1];
    }

    /** ISO alpha-2 citizenship. */
    public String citizenship(int i) {
        return citizenship[i] < 0 ? "IT" : Countries.ISO[citizenship[i]];
    }

    public Comune residence(int i) {
        return regionComuni.get(residence[i]);
    }

    public int residenceIndex(int i) {
        return residence[i];
    }
}
