package org.swcplan.model.region;

import org.swcplan.model.Keyed;

/** What a published reference figure gives. Both are percentages of land area, 0–100. */
public enum ReferenceIndicator implements Keyed {
    /** 水土保持率 as monitored and published for that year, percent. */
    SWC_RATE_PCT,
    /** The 水土保持率 a published plan sets for that year, percent. */
    SWC_RATE_TARGET_PCT;

    public static ReferenceIndicator fromKey(String text) {
        return Keyed.parse(ReferenceIndicator.class, "indicator", text);
    }
}
