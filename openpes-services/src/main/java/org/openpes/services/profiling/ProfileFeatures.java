package org.openpes.services.profiling;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.openpes.core.identity.Sex;

/**
 * The observables a profile is estimated from, each as a category: what the registry holds (sex, age class,
 * education, citizenship group, province) and what the CO show (months without work, contracts in the last 24
 * months, the last occupation's major group and contract group). The comparison groups of the outcomes match on the
 * same categories.
 */
public record ProfileFeatures(String sex, String ageClass, String education, String citizenship, String province,
        String monthsWithoutWork, String recentContracts, String lastOccupationGroup, String lastContractGroup) {

    /** The categories of a person at {@code at} (their DID), from the registry and their CO history. */
    public static ProfileFeatures of(Sex sex, LocalDate birthDate, int isced, String citizenship, String province,
            WorkHistory h, LocalDate at) {
        int age = Period.between(birthDate, at).getYears();
        String ageClass = age < 25 ? "15-24" : age < 35 ? "25-34" : age < 45 ? "35-44" : age < 55 ? "45-54" : "55+";
        String education = isced <= 2 ? "ISCED 0-2" : isced <= 4 ? "ISCED 3-4" : "ISCED 5+";
        String group = org.openpes.core.identity.CitizenshipGroup.of(citizenship).name();
        String months;
        if (h.lastEnd() == null) {
            months = "no CO";
        } else {
            long m = ChronoUnit.MONTHS.between(h.lastEnd(), at);
            months = m < 3 ? "0-2" : m < 6 ? "3-5" : m < 12 ? "6-11" : m < 24 ? "12-23" : "24+";
        }
        int n = h.contractsIn24Months();
        String contracts = n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : "4+";
        String occupation = h.lastCp2011() == null || h.lastCp2011().isEmpty() ? "none"
                : "CP " + h.lastCp2011().charAt(0);
        String contract = h.lastContractGroup() == null ? "none" : h.lastContractGroup();
        return new ProfileFeatures(sex.name(), ageClass, education, group, province == null ? "?" : province, months,
                contracts, occupation, contract);
    }

    /** The features as {@code name=value} pairs, in a fixed order. */
    public List<String> categories() {
        List<String> out = new ArrayList<>(9);
        out.add("sex=" + sex);
        out.add("age=" + ageClass);
        out.add("education=" + education);
        out.add("citizenship=" + citizenship);
        out.add("province=" + province);
        out.add("monthsWithoutWork=" + monthsWithoutWork);
        out.add("recentContracts=" + recentContracts);
        out.add("lastOccupation=" + lastOccupationGroup);
        out.add("lastContract=" + lastContractGroup);
        return out;
    }
}
