package org.openpes.skills.match;

/**
 * The six factors of one (vacancy, seeker) pair and the hard filters, computed in one place for both directions
 * of matching and for both the indexed and the brute-force paths.
 */
final class Factors {
    static final int SKILLS = 0;
    static final int OCCUPATION = 1;
    static final int DISTANCE = 2;
    static final int EDUCATION = 3;
    static final int CONTRACT = 4;
    static final int AVAILABILITY = 5;
    static final String[] NAMES = {"skills", "occupation", "distance", "education", "contract", "availability"};

    private Factors() {
    }

    /** Distance in km between the vacancy and seeker {@code p}; NaN when a comune is unknown. */
    static double km(VacancyQuery q, SeekerStore s, int p, Geography g) {
        if (q.comune >= 0 && q.comune == s.comune[p]) {
            return 0;
        }
        if (q.province < 0 || s.province[p] < 0) {
            return Double.NaN;
        }
        return g.provinceKm(q.province, s.province[p]);
    }

    /**
     * The weighted score, or -1 when a hard filter excludes the pair. Fills {@code out} when it is not null. The
     * distance filter (the query's cap, else the seeker's own radius) excludes only a seeker who certainly lives
     * farther ({@link Geography#reachKm}); the distance factor uses the estimate ({@link #km}).
     */
    static double score(VacancyQuery q, SeekerStore s, int p, double coverageSum, Weights w, Geography g,
            double[] out) {
        double cap = q.maxKm > 0 ? q.maxKm : s.radiusKm[p];
        if (q.province >= 0 && s.province[p] >= 0 && g.reachKm(q.province, s.province[p]) > cap) {
            return -1;
        }
        double km = km(q, s, p, g);
        if (q.requiredLicence != null && !s.licences[p].contains(q.requiredLicence)) {
            return -1;
        }
        double skills = q.totalWeight == 0 ? 0 : coverageSum / q.totalWeight;
        double occupation = q.occupation >= 0 && q.occupation == s.occupation[p] ? 1
                : q.iscoUnit >= 0 && q.iscoUnit == s.iscoUnit[p] ? 0.5 : 0;
        double distance = Double.isNaN(km) ? 0 : Math.max(0, 1 - km / s.radiusKm[p]);
        int gap = q.minIsced - s.isced[p];
        double education = gap <= 0 ? 1 : Math.max(0, 1 - 0.25 * gap);
        byte c = s.contractPref[p];
        double contract = c == Codes.ANY || (c == Codes.PERMANENT) == q.permanent ? 1 : 0;
        byte a = s.availability[p];
        double availability = a == Codes.ANY || (a == Codes.FULL_TIME) == q.fullTime ? 1 : 0;
        if (out != null) {
            out[SKILLS] = skills;
            out[OCCUPATION] = occupation;
            out[DISTANCE] = distance;
            out[EDUCATION] = education;
            out[CONTRACT] = contract;
            out[AVAILABILITY] = availability;
        }
        return w.skills() * skills + w.occupation() * occupation + w.distance() * distance
                + w.education() * education + w.contract() * contract + w.availability() * availability;
    }
}
