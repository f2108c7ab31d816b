package org.openpes.generator.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.PartitaIva;
import org.openpes.core.identity.Sex;
import org.openpes.reference.ateco.Ateco;
import org.openpes.reference.ateco.AtecoActivity;
import org.openpes.reference.territory.Comune;

/**
 * The employers of the region. Each has a valid code (85% companies with an 11-digit codice fiscale, 15% sole
 * traders with a personal one), an ATECO 2007 subcategory of its section and the matching ATECO 2025 code, a
 * workplace comune weighted by the comune proxy, and a size drawn from a Pareto law that also sets how often it hires.
 * Most people work near home: {@link #pickNear} draws an employer of the worker's province {@value #LOCAL_SHARE} of
 * the time.
 */
public final class EmployerPopulation {
    /** Size classes by employees, as in the observatory's breakdowns. */
    public static final String[] SIZE_CLASSES = {"0-9", "10-49", "50-249", "250+"};

    private final List<Sector> sectors;
    private final String[] code;
    private final String[] ateco2007;
    private final String[] ateco2025;
    private final int[] comune;
    private final byte[] sector;
    private final byte[] sizeClass;
    private final byte[][] codeBytes;
    private final byte[][] ateco2007Bytes;
    private final byte[][] ateco2025Bytes;
    /**
     * The employer's fields of a CO row, "code,ateco,version,workplace comune", once with ATECO 2007 and once with
     * ATECO 2025: {@value #SEGMENT} bytes each, the first one the length. One employer's row fields are one memory
     * access; with hundreds of thousands of employers drawn at random, that access is what writing a row waits for.
     */
    private final byte[] rowSegments;
    private static final int SEGMENT = 64;
    /** Share of hires drawn among the employers of the worker's own province (when the sector has any there). */
    static final double LOCAL_SHARE = 0.75;

    private final WeightedIndex[] bySector;
    private final int[][] membersBySector;
    private final int[] provinceOfComune;
    /** [sector][province]: the sector's employers in that province and their hiring weights; null when none. */
    private final WeightedIndex[][] bySectorProvince;
    private final int[][][] membersBySectorProvince;

    public EmployerPopulation(int count, List<Sector> sectors, Ateco ateco, ComuneWeights weights, long seed) {
        this.sectors = sectors;
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EC7042L);
        code = new String[count];
        ateco2007 = new String[count];
        ateco2025 = new String[count];
        comune = new int[count];
        sector = new byte[count];
        sizeClass = new byte[count];
        double[] shares = sectors.stream().mapToDouble(Sector::hireShare).toArray();
        WeightedIndex sectorIndex = new WeightedIndex(shares);
        WeightedIndex workplace = weights.workplaceIndex();
        List<List<AtecoActivity>> subcategories = new ArrayList<>();
        for (Sector s : sectors) {
            subcategories.add(ateco.tree2007().stream()
                    .filter(a -> a.level() == 6 && ateco.sectionOf(a).equals(s.section())
                            && ateco.to2025(a.code()).isPresent())
                    .toList());
        }
        List<List<Integer>> members = new ArrayList<>();
        sectors.forEach(s -> members.add(new ArrayList<>()));
        double[] hiringWeight = new double[count];
        for (int i = 0; i < count; i++) {
            int s = i < sectors.size() ? i : sectorIndex.next(random);
            sector[i] = (byte) s;
            members.get(s).add(i);
            List<AtecoActivity> subs = subcategories.get(s);
            AtecoActivity a = subs.get(random.nextInt(subs.size()));
            ateco2007[i] = a.code();
            ateco2025[i] = ateco.to2025(a.code()).orElseThrow();
            comune[i] = workplace.next(random);
            double employees = Math.min(20_000, Math.pow(1 - random.nextDouble(), -1 / 1.1));
            sizeClass[i] = (byte) (employees < 10 ? 0 : employees < 50 ? 1 : employees < 250 ? 2 : 3);
            hiringWeight[i] = employees;
            code[i] = random.nextDouble() < 0.85 ? companyCode(i) : soleTraderCode(i, random, weights);
        }
        codeBytes = new byte[count][];
        ateco2007Bytes = new byte[count][];
        ateco2025Bytes = new byte[count][];
        java.util.Map<String, byte[]> interned = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            codeBytes[i] = ascii(code[i]);
            ateco2007Bytes[i] = interned.computeIfAbsent(ateco2007[i], EmployerPopulation::ascii);
            ateco2025Bytes[i] = interned.computeIfAbsent(ateco2025[i], EmployerPopulation::ascii);
        }
        rowSegments = new byte[2 * SEGMENT * count];
        for (int i = 0; i < count; i++) {
            String comuneCode = weights.comuni().get(comune[i]).code();
            segment(rowSegments, rowSegment(i, false), code[i] + "," + ateco2007[i] + ",2007," + comuneCode);
            segment(rowSegments, rowSegment(i, true), code[i] + "," + ateco2025[i] + ",2025," + comuneCode);
        }
        bySector = new WeightedIndex[sectors.size()];
        membersBySector = new int[sectors.size()][];
        for (int s = 0; s < sectors.size(); s++) {
            int[] m = members.get(s).stream().mapToInt(Integer::intValue).toArray();
            membersBySector[s] = m;
            double[] w = new double[m.length];
            for (int k = 0; k < m.length; k++) {
                w[k] = hiringWeight[m[k]];
            }
            bySector[s] = new WeightedIndex(w);
        }
        List<String> provinces = weights.comuni().stream().map(Comune::provinceCode).distinct().sorted().toList();
        provinceOfComune = weights.comuni().stream().mapToInt(c -> provinces.indexOf(c.provinceCode())).toArray();
        bySectorProvince = new WeightedIndex[sectors.size()][provinces.size()];
        membersBySectorProvince = new int[sectors.size()][provinces.size()][];
        for (int s = 0; s < sectors.size(); s++) {
            for (int p = 0; p < provinces.size(); p++) {
                int province = p;
                int[] m = java.util.Arrays.stream(membersBySector[s])
                        .filter(e -> provinceOfComune[comune[e]] == province).toArray();
                if (m.length > 0) {
                    membersBySectorProvince[s][p] = m;
                    bySectorProvince[s][p] = new WeightedIndex(
                            java.util.Arrays.stream(m).mapToDouble(e -> hiringWeight[e]).toArray());
                }
            }
        }
    }

    private static void segment(byte[] into, int at, String value) {
        byte[] b = ascii(value);
        if (b.length >= SEGMENT) {
            throw new IllegalStateException("employer row fields longer than " + (SEGMENT - 1) + ": " + value);
        }
        into[at] = (byte) b.length;
        System.arraycopy(b, 0, into, at + 1, b.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static String companyCode(int i) {
        // Seven digits of serial and three of provincial office, zero-padded (String.format cost seconds here).
        long serial = Math.floorMod(i * 7_919L + 104_729L, 10_000_000L);
        long office = 1 + Math.floorMod(i * 31L, 100);
        String digits = Long.toString(10_000_000_000L + serial * 1_000 + office).substring(1);
        return PartitaIva.withCheckDigit(digits).value();
    }

    private static String soleTraderCode(int i, SplittableRandom random, ComuneWeights weights) {
        int birth = (int) LocalDate.of(1950, 1, 1).toEpochDay() + random.nextInt(18_000);
        String cadastral = weights.comuni().get(random.nextInt(weights.comuni().size())).cadastralCode();
        return FiscalCode.compose(Hash.letters(200_000_000L + i), LocalDate.ofEpochDay(birth),
                random.nextBoolean() ? Sex.M : Sex.F, cadastral).value();
    }

    /** An employer of sector {@code s}, drawn by its hiring weight. */
    public int pick(int s, SplittableRandom random) {
        return membersBySector[s][bySector[s].next(random)];
    }

    /**
     * An employer of sector {@code s} for a worker living in comune {@code homeComune} (an index into the region's
     * comuni): one of the home province's employers {@value #LOCAL_SHARE} of the time, else any of the sector's.
     */
    public int pickNear(int s, int homeComune, SplittableRandom random) {
        WeightedIndex local = bySectorProvince[s][provinceOfComune[homeComune]];
        if (local != null && random.nextDouble() < LOCAL_SHARE) {
            return membersBySectorProvince[s][provinceOfComune[homeComune]][local.next(random)];
        }
        return pick(s, random);
    }

    public int size() {
        return code.length;
    }

    public String code(int e) {
        return code[e];
    }

    public String ateco(int e, int year) {
        return year >= 2025 ? ateco2025[e] : ateco2007[e];
    }

    /** The code as ASCII bytes, for the writer. */
    public byte[] codeBytes(int e) {
        return codeBytes[e];
    }

    /** The ATECO code in force on {@code day} (2025 from 1 January 2025) as ASCII bytes. */
    public byte[] atecoBytes(int e, boolean version2025) {
        return version2025 ? ateco2025Bytes[e] : ateco2007Bytes[e];
    }

    public String ateco2007(int e) {
        return ateco2007[e];
    }

    public String ateco2025(int e) {
        return ateco2025[e];
    }

    /**
     * The employer's fields of a CO row (code, ATECO, ATECO version, workplace comune, comma-separated) with the
     * ATECO version in force: their length is at {@link #rowSegment} in this array, and they follow it.
     */
    public byte[] rowSegments() {
        return rowSegments;
    }

    /** Where employer {@code e}'s row fields start in {@link #rowSegments()}, with ATECO 2025 or 2007. */
    public int rowSegment(int e, boolean version2025) {
        return (2 * e + (version2025 ? 1 : 0)) * SEGMENT;
    }

    public int comuneIndex(int e) {
        return comune[e];
    }

    public int sectorIndex(int e) {
        return sector[e];
    }

    public Sector sector(int e) {
        return sectors.get(sector[e]);
    }

    public String sizeClass(int e) {
        return SIZE_CLASSES[sizeClass[e]];
    }
}
