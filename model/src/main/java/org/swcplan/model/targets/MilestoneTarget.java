package org.swcplan.model.targets;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.region.Scope;

/** A unit's 水土保持率 target for one milestone year, and where it comes from. */
public record MilestoneTarget(Scope unit, int year, double ratePct, TargetSource source) {
    public MilestoneTarget {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Checks.year("year", year);
        Checks.within("target rate", ratePct, 0, 100);
    }
}
