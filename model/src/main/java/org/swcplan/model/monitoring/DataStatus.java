package org.swcplan.model.monitoring;

import org.swcplan.model.Keyed;

/** How a monitoring figure was obtained. */
public enum DataStatus implements Keyed {
    /** Published by the monitoring authority. */
    REPORTED,
    /** Estimated by the planner, or invented for illustration. */
    ESTIMATED,
    /** A projection. */
    PROJECTED,
    /** Computed from other figures (e.g. from land units by the CSLE). */
    COMPUTED;

    public static DataStatus fromKey(String text) {
        return Keyed.parse(DataStatus.class, "status", text);
    }
}
