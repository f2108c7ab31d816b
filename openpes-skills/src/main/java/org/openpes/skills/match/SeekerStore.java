package org.openpes.skills.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Job-seeker profiles in columns (about 60 bytes a profile plus 4 bytes a skill), with inverted lists from each
 * skill and each ISCO unit group to the profiles that hold it. Built once through {@link Builder}; read-only after.
 */
public final class SeekerStore {
    final String[] ids;
    final int[] occupation;
    final int[] iscoUnit;
    final int[] comune;
    final short[] province;
    final short[] radiusKm;
    final byte[] isced;
    final byte[] contractPref;
    final byte[] availability;
    final String[] licences;
    final int[] skillStart;
    final int[] skills;
    final int[] postingStart;
    final int[] postings;
    final int[] iscoStart;
    final int[] iscoPostings;
    private final Map<String, Integer> indexOfId;

    private SeekerStore(Builder b) {
        int n = b.size;
        ids = Arrays.copyOf(b.ids, n);
        occupation = Arrays.copyOf(b.occupation, n);
        iscoUnit = Arrays.copyOf(b.iscoUnit, n);
        comune = Arrays.copyOf(b.comune, n);
        province = Arrays.copyOf(b.province, n);
        radiusKm = Arrays.copyOf(b.radiusKm, n);
        isced = Arrays.copyOf(b.isced, n);
        contractPref = Arrays.copyOf(b.contractPref, n);
        availability = Arrays.copyOf(b.availability, n);
        licences = Arrays.copyOf(b.licences, n);
        skillStart = Arrays.copyOf(b.skillStart, n + 1);
        skills = Arrays.copyOf(b.skills, b.skillCount);
        int[][] inv = invert(skills, skillStart, n, b.space.size());
        postingStart = inv[0];
        postings = inv[1];
        int[] iscoOne = new int[n + 1];
        int[] iscoVals = new int[n];
        int m = 0;
        for (int p = 0; p < n; p++) {
            iscoOne[p] = m;
            if (iscoUnit[p] >= 0) {
                iscoVals[m++] = iscoUnit[p];
            }
        }
        iscoOne[n] = m;
        int[][] isc = invert(Arrays.copyOf(iscoVals, m), iscoOne, n, b.iscoUnits);
        iscoStart = isc[0];
        iscoPostings = isc[1];
        indexOfId = new HashMap<>(n * 2);
        for (int p = 0; p < n; p++) {
            if (indexOfId.put(ids[p], p) != null) {
                throw new IllegalArgumentException("duplicate seeker id " + ids[p]);
            }
        }
    }

    /** Counting-sort inversion of a CSR relation (profile → values) into value → profiles, profiles ascending. */
    private static int[][] invert(int[] values, int[] start, int n, int valueCount) {
        int[] count = new int[valueCount + 1];
        for (int v : values) {
            count[v + 1]++;
        }
        for (int i = 0; i < valueCount; i++) {
            count[i + 1] += count[i];
        }
        int[] out = new int[values.length];
        int[] fill = Arrays.copyOf(count, valueCount);
        for (int p = 0; p < n; p++) {
            for (int i = start[p]; i < start[p + 1]; i++) {
                out[fill[values[i]]++] = p;
            }
        }
        return new int[][] {count, out};
    }

    public int size() {
        return ids.length;
    }

    /** The row of a seeker id, or -1. */
    public int indexOf(String id) {
        return indexOfId.getOrDefault(id, -1);
    }

    /** Collects profiles one at a time, converting them to ids at once so the text is not kept. */
    public static final class Builder {
        private final SkillSpace space;
        private final Codes codes;
        private final int iscoUnits;
        private int size;
        private int skillCount;
        private String[] ids = new String[1024];
        private int[] occupation = new int[1024];
        private int[] iscoUnit = new int[1024];
        private int[] comune = new int[1024];
        private short[] province = new short[1024];
        private short[] radiusKm = new short[1024];
        private byte[] isced = new byte[1024];
        private byte[] contractPref = new byte[1024];
        private byte[] availability = new byte[1024];
        private String[] licences = new String[1024];
        private int[] skillStart = new int[1025];
        private int[] skills = new int[8192];

        Builder(SkillSpace space, Codes codes) {
            this.space = space;
            this.codes = codes;
            this.iscoUnits = codes.iscoUnitCount();
        }

        public Builder add(SeekerProfile s) {
            if (size == ids.length) {
                grow();
            }
            ids[size] = s.id();
            occupation[size] = codes.occupation(s.occupationUri());
            iscoUnit[size] = codes.iscoUnit(s.occupationUri());
            comune[size] = codes.comune(s.homeComune());
            province[size] = (short) codes.geography().province(s.homeComune());
            radiusKm[size] = (short) Math.max(1, Math.min(Short.MAX_VALUE, s.maxDistanceKm()));
            isced[size] = (byte) s.isced();
            contractPref[size] = Codes.contractPreference(s.preferredContract());
            availability[size] = Codes.availability(s.availability());
            licences[size] = s.licences() == null ? "" : s.licences().intern();
            int[] mine = s.skills().stream().mapToInt(space::id).filter(i -> i >= 0).distinct().sorted().toArray();
            while (skillCount + mine.length > skills.length) {
                skills = Arrays.copyOf(skills, skills.length * 2);
            }
            System.arraycopy(mine, 0, skills, skillCount, mine.length);
            skillCount += mine.length;
            skillStart[++size] = skillCount;
            return this;
        }

        private void grow() {
            int cap = ids.length * 2;
            ids = Arrays.copyOf(ids, cap);
            occupation = Arrays.copyOf(occupation, cap);
            iscoUnit = Arrays.copyOf(iscoUnit, cap);
            comune = Arrays.copyOf(comune, cap);
            province = Arrays.copyOf(province, cap);
            radiusKm = Arrays.copyOf(radiusKm, cap);
            isced = Arrays.copyOf(isced, cap);
            contractPref = Arrays.copyOf(contractPref, cap);
            availability = Arrays.copyOf(availability, cap);
            licences = Arrays.copyOf(licences, cap);
            skillStart = Arrays.copyOf(skillStart, cap + 1);
        }

        public int size() {
            return size;
        }

        public SeekerStore build() {
            return new SeekerStore(this);
        }
    }
}
