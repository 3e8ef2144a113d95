package org.swcplan.model.monitoring;

import java.util.Arrays;
import java.util.Locale;

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
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataStatus fromLabel(String text) {
        return Arrays.stream(values()).filter(s -> s.label().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "status must be one of reported, estimated, projected, computed; was " + text));
    }
}
