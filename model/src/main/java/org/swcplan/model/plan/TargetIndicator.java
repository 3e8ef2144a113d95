package org.swcplan.model.plan;

import java.util.Arrays;
import java.util.Locale;

/** What a target sets a value for. */
public enum TargetIndicator {
    /** 水土保持率, percent. */
    SWC_RATE_PCT,
    /** 治理度, percent of the historical erosion stock initially treated. */
    TREATMENT_DEGREE_PCT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetIndicator fromKey(String text) {
        return Arrays.stream(values()).filter(i -> i.key().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "indicator must be one of swc_rate_pct, treatment_degree_pct; was " + text));
    }
}
