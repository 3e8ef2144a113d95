package org.swcplan.model.targets;

/** Where a county's milestone target comes from. */
public enum TargetSource {
    /** A county-scope row of {@code targets.csv} (or, for the city, the city's row). */
    TARGETS_CSV("targets.csv"),
    /** Derived by {@link CountyTargets}'s rule so that the city meets its target; not an official figure. */
    DERIVED("derived");

    private final String key;

    TargetSource(String key) {
        this.key = key;
    }

    /** As written in every output: {@code targets.csv} or {@code derived}. */
    public String key() {
        return key;
    }
}
