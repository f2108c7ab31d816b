package org.openpes.reference.ateco;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The ATECO 2025 tree, the ATECO 2007 tree (2022 update), and ISTAT's correspondence 2007 → 2025, so that codes in
 * older CO records resolve to the current classification.
 */
public final class Ateco {
    private final Map<String, AtecoActivity> tree2025;
    private final Map<String, AtecoActivity> tree2007;
    private final Map<String, String> to2025;

    Ateco(Map<String, AtecoActivity> tree2025, Map<String, AtecoActivity> tree2007, Map<String, String> to2025) {
        this.tree2025 = tree2025;
        this.tree2007 = tree2007;
        this.to2025 = to2025;
    }

    public Optional<AtecoActivity> in2025(String code) {
        return Optional.ofNullable(tree2025.get(code));
    }

    public Optional<AtecoActivity> in2007(String code) {
        return Optional.ofNullable(tree2007.get(code));
    }

    /** The representative ATECO 2025 code for an ATECO 2007 code (ISTAT correspondence). */
    public Optional<String> to2025(String code2007) {
        return Optional.ofNullable(to2025.get(code2007));
    }

    /**
     * Resolves a code found in a CO record: a 2025 code as it is when {@code preferred} is 2025, otherwise a 2007
     * code through the correspondence. Empty when the code exists in neither version.
     */
    public Optional<AtecoActivity> resolve(String code, int preferred) {
        if (preferred == 2007 && tree2007.containsKey(code)) {
            return in2025(to2025.get(code));
        }
        if (tree2025.containsKey(code)) {
            return in2025(code);
        }
        return Optional.ofNullable(to2025.get(code)).flatMap(this::in2025);
    }

    /** The section letter (A–V) of a code of the given tree. */
    public String sectionOf(AtecoActivity activity) {
        Map<String, AtecoActivity> tree = activity.version() == 2025 ? tree2025 : tree2007;
        AtecoActivity a = activity;
        while (a.level() > 1) {
            a = tree.get(a.parentCode());
        }
        return a.code();
    }

    public Collection<AtecoActivity> tree2025() {
        return tree2025.values();
    }

    public Collection<AtecoActivity> tree2007() {
        return tree2007.values();
    }
}
