package org.openpes.generator.population;

/** Stateless mixing, so that attributes derive from (seed, index) without storing them. */
final class Hash {
    private Hash() {
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) from a hash. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Six letters that differ for every {@code n} below 26^6 (a bijective scramble written in base 26). */
    static String letters(long n) {
        long space = 308_915_776L; // 26^6
        long x = Math.floorMod(n * 2_654_435_761L + 12_345_679L, space);
        char[] c = new char[6];
        for (int i = 5; i >= 0; i--) {
            c[i] = (char) ('A' + x % 26);
            x /= 26;
        }
        return new String(c);
    }
}
