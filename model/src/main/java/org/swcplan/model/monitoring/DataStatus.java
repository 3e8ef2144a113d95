package org.swcplan.model.monitoring;

import org.swcplan.model.Keys;

/** How a monitoring figure was obtained. */
public enum DataStatus {
    /** Published by the monitoring authority. */
    REPORTED,
    /** Estimated by the planner, or invented for illustration. */
    ESTIMATED,
    /** A projection. */
    PROJECTED,
    /** Computed from other figures (e.g. from land units by the CSLE). */
    COMPUTED;

    public String label() {
        return Keys.of(this);
    }

    public static DataStatus fromLabel(String text) {
        return Keys.parse(DataStatus.class, "status", text);
    }
}
