package org.swcplan.model.gap;

import org.swcplan.model.Keys;

/**
 * Where a unit stands against a milestone, by the growth-ratio rule: the observed annual gain
 * divided by the gain still required each year.
 */
public enum GapStatus {
    /** The target is already met at the last observation. */
    ACHIEVED,
    /** ratio ≥ 0.95. */
    ON_TRACK,
    /** 0.6 ≤ ratio &lt; 0.95. */
    ACCELERATION_NEEDED,
    /** 0 ≤ ratio &lt; 0.6. */
    LIMITED_PROGRESS,
    /** ratio &lt; 0: moving away from the target. */
    DETERIORATION;

    static final double ON_TRACK_RATIO = 0.95;
    static final double ACCELERATION_RATIO = 0.6;

    public String key() {
        return Keys.of(this);
    }

    /** Whether a {@code --check} fails on this status. */
    public boolean offTrack() {
        return this == LIMITED_PROGRESS || this == DETERIORATION;
    }

    /**
     * @param alreadyMet whether the last observation meets the target
     * @param ratio      observed gain / required gain (required &gt; 0 when not met)
     */
    public static GapStatus of(boolean alreadyMet, double ratio) {
        if (alreadyMet) {
            return ACHIEVED;
        }
        if (ratio >= ON_TRACK_RATIO) {
            return ON_TRACK;
        }
        if (ratio >= ACCELERATION_RATIO) {
            return ACCELERATION_NEEDED;
        }
        return ratio >= 0 ? LIMITED_PROGRESS : DETERIORATION;
    }
}
