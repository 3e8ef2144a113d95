package org.swcplan.model.allocation;

import org.swcplan.model.Keys;

/** How a city's required erosion reduction is shared out among its counties. */
public enum AllocationMethod {
    /** The same percentage-point gain in every county (capped where a county would run out of erosion). */
    UNIFORM,
    /** Reductions in proportion to each county's erosion area. */
    PROPORTIONAL,
    /** The cheapest programme within each county's annual treatment capacity (a linear programme). */
    LEAST_COST;

    public String key() {
        return Keys.of(this).replace('_', '-');
    }

    public static AllocationMethod fromKey(String text) {
        return Keys.parse(AllocationMethod.class, "method", text.replace('-', '_'));
    }
}
