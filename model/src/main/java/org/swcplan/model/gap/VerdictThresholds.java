package org.swcplan.model.gap;

import java.util.List;
import org.swcplan.model.RuleBroken;

/**
 * The probabilities of reaching a target at which the forecast verdict of a unit changes (see
 * {@link GapStatus#of}). Overridable, within limits that keep the verdict honest: no unit is on
 * track, or achieved, unless it is more likely than not to reach its target ({@code onTrackP ≥ 0.5}),
 * and no unit is behind (limited progress, deterioration) while it is more likely than not to reach
 * it ({@code accelerationP ≤ 0.5}).
 *
 * @param achievedP     at or above the target at the last observation and at least this likely to
 *                      stay there: achieved (default 0.9)
 * @param onTrackP      at least this likely: on track (default 0.66)
 * @param accelerationP at least this likely, and less than {@code onTrackP}: acceleration needed;
 *                      below it, limited progress or deterioration (default 0.33)
 */
public record VerdictThresholds(double achievedP, double onTrackP, double accelerationP) {
    public static final VerdictThresholds DEFAULT = new VerdictThresholds(0.9, 0.66, 0.33);

    public VerdictThresholds {
        if (!(accelerationP > 0 && accelerationP <= 0.5)) {
            throw new RuleBroken("the acceleration-needed threshold must be above 0 and at most 0.5, was "
                    + accelerationP, "accelerationP", List.of(String.valueOf(accelerationP)));
        }
        if (!(onTrackP >= 0.5 && onTrackP <= 1 && onTrackP > accelerationP)) {
            throw new RuleBroken("the on-track threshold must be within 0.5–1 and above the "
                    + "acceleration-needed threshold " + accelerationP + ", was " + onTrackP, "onTrackP",
                    List.of(String.valueOf(onTrackP), String.valueOf(accelerationP)));
        }
        if (!(achievedP >= onTrackP && achievedP <= 1)) {
            throw new RuleBroken("the achieved threshold must be within the on-track threshold "
                    + onTrackP + " and 1, was " + achievedP, "achievedP",
                    List.of(String.valueOf(achievedP), String.valueOf(onTrackP)));
        }
    }
}
