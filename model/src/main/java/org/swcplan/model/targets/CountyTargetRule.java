package org.swcplan.model.targets;

import org.swcplan.model.Keyed;

/** Which county milestone targets the yearly targets lead to. */
public enum CountyTargetRule implements Keyed {
    /**
     * A county's own target from {@code targets.csv} where it is given (so that every command shows
     * the same county target); the other counties' targets derived so that the city meets its target.
     */
    TARGETS_CSV(TargetSource.TARGETS_CSV),
    /** Every county's target derived; county rows of {@code targets.csv} are left aside. */
    DERIVED(TargetSource.DERIVED);

    private final TargetSource preferred;

    CountyTargetRule(TargetSource preferred) {
        this.preferred = preferred;
    }

    /** Written as the source of target it prefers: {@code targets.csv} or {@code derived}. */
    @Override
    public String key() {
        return preferred.key();
    }

    public static CountyTargetRule fromKey(String text) {
        return Keyed.parse(CountyTargetRule.class, "county targets", text);
    }
}
