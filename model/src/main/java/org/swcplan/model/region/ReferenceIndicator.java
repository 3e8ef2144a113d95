package org.swcplan.model.region;

import org.swcplan.model.Keys;

/** What a published reference figure gives. Both are percentages of land area, 0–100. */
public enum ReferenceIndicator {
    /** 水土保持率 as monitored and published for that year, percent. */
    SWC_RATE_PCT,
    /** The 水土保持率 a published plan sets for that year, percent. */
    SWC_RATE_TARGET_PCT;

    public String key() {
        return Keys.of(this);
    }

    public static ReferenceIndicator fromKey(String text) {
        return Keys.parse(ReferenceIndicator.class, "indicator", text);
    }
}
