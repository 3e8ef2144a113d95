package org.swcplan.model.allocation;

import org.swcplan.model.Keyed;

/** A limit that holds a county's share where it is. */
public enum Binding implements Keyed {
    /** BAU pace plus the extra treatment fill the county's annual capacity. */
    CAPACITY,
    /** The county's median rate is at its ceiling (max_rate_pct). */
    CEILING,
    /** The county treats exactly what the 治理度 floor asks: its remaining stock by the deadline. */
    TREATMENT_FLOOR,
    /** The county's median rate is exactly at its own target (with --honour-county-targets). */
    COUNTY_TARGET;
}
