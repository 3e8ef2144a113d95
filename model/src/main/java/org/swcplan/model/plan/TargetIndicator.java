package org.swcplan.model.plan;

import org.swcplan.model.Keys;

/** What a target sets a value for. */
public enum TargetIndicator {
    /** 水土保持率, percent. */
    SWC_RATE_PCT,
    /** 治理度, percent of the historical erosion stock initially treated. */
    TREATMENT_DEGREE_PCT;

    public String key() {
        return Keys.of(this);
    }

    public static TargetIndicator fromKey(String text) {
        return Keys.parse(TargetIndicator.class, "indicator", text);
    }
}
