package org.swcplan.model.targets;

import java.util.Arrays;

/** Which county milestone targets the yearly targets lead to. */
public enum CountyTargetRule {
    /**
     * A county's own target from {@code targets.csv} where it is given (so that every command shows
     * the same county target); the other counties' targets derived so that the city meets its target.
     */
    TARGETS_CSV("targets.csv"),
    /** Every county's target derived; county rows of {@code targets.csv} are left aside. */
    DERIVED("derived");

    private final String key;

    CountyTargetRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static CountyTargetRule fromKey(String text) {
        return Arrays.stream(values()).filter(r -> r.key.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("county targets must be targets.csv or derived, was "
                        + text));
    }
}
