package org.swcplan.model.projection;

import org.swcplan.model.Keyed;

/** Where a county's effectiveness k comes from. */
public enum KSource implements Keyed {
    /** {@code params.csv} alone: its effectiveness_k ± effectiveness_k_sd (default 0.4 ± 0.1). */
    PARAMS,
    /** That prior updated by the county's own history (precision-weighted regression estimate). */
    CALIBRATED;

    public static KSource fromKey(String text) {
        return Keyed.parse(KSource.class, "k", text);
    }
}
