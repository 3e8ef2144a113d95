package org.swcplan.model.allocation;

import java.util.Locale;
import org.swcplan.model.Keyed;

/**
 * How the treatment beyond business as usual is shared out among the counties. Every method keeps
 * within each county's capacity and rate ceiling and above its 治理度 floor (and, when asked, its
 * own target); they differ in how they share what is left.
 */
public enum AllocationMethod implements Keyed {
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

    /** As written on the command line: {@code least-cost}. */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a key, or the constant's lower-case name ({@code least_cost}). */
    public static AllocationMethod fromKey(String text) {
        return Keyed.parse(AllocationMethod.class, "method", text.replace('_', '-'));
    }
}
