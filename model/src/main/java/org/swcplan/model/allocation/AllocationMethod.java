package org.swcplan.model.allocation;

import org.swcplan.model.Keys;

/**
 * How the treatment beyond business as usual is shared out among the counties. Every method keeps
 * within each county's capacity and rate ceiling and above its 治理度 floor (and, when asked, its
 * own target); they differ in how they share what is left.
 */
public enum AllocationMethod {
    /** The same percentage-point gain in every county, up to its limits (a common level, water-filled). */
    UNIFORM,
    /** Reductions in proportion to each county's BAU erosion area, up to its limits. */
    PROPORTIONAL,
    /** The cheapest programme (a linear programme, Commons Math simplex). */
    LEAST_COST,
    /**
     * Max–min: raise the smallest share of its own gap (to its county target) that any county
     * closes, all together; once every county meets its target, the rest goes where it is cheapest.
     */
    EQUITABLE;

    public String key() {
        return Keys.of(this).replace('_', '-');
    }

    public static AllocationMethod fromKey(String text) {
        return Keys.parse(AllocationMethod.class, "method", text.replace('-', '_'));
    }
}
