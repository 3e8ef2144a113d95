package org.swcplan.model.plan;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.region.Scope;

/** A planned value of an indicator for the city or a county by a milestone year. */
public record Target(Scope scope, int year, TargetIndicator indicator, double value, String source) {
    public Target {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(indicator, "indicator");
        Checks.year("year", year);
        Checks.within("value", value, 0, indicator == TargetIndicator.SWC_RATE_PCT ? 100 : 1000);
        source = source == null ? "" : source;
    }
}
