package org.swcplan.model.projection;

import java.util.Arrays;

/** Where a county's effectiveness k comes from. */
public enum KSource {
    /** {@code params.csv} alone: its effectiveness_k ± effectiveness_k_sd (default 0.4 ± 0.1). */
    PARAMS("params"),
    /** That prior updated by the county's own history (precision-weighted regression estimate). */
    CALIBRATED("calibrated");

    private final String id;

    KSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static KSource byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("k must be params or calibrated, was " + id));
    }
}
