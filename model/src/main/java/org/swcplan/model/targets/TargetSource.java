package org.swcplan.model.targets;

import org.swcplan.model.Keyed;

/** Where a county's milestone target comes from. */
public enum TargetSource implements Keyed {
    /** A county-scope row of {@code targets.csv} (or, for the city, the city's row). */
    TARGETS_CSV,
    /** Derived by {@link CountyTargets}'s rule so that the city meets its target; not an official figure. */
    DERIVED;

    /** As written in every output: the file's name {@code targets.csv}, or {@code derived}. */
    @Override
    public String key() {
        return this == TARGETS_CSV ? "targets.csv" : Keyed.super.key();
    }
}
