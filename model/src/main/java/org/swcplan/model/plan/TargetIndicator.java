package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** What a target sets a value for. */
public enum TargetIndicator implements Keyed {
    /** 水土保持率, percent. */
    SWC_RATE_PCT,
    /** 治理度, percent of the historical erosion stock initially treated. */
    TREATMENT_DEGREE_PCT;

    public static TargetIndicator fromKey(String text) {
        return Keyed.parse(TargetIndicator.class, "indicator", text);
    }
}
