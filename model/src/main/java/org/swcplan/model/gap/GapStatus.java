package org.swcplan.model.gap;

import java.util.Collection;
import java.util.Comparator;
import org.swcplan.model.Keyed;

/**
 * Where a unit stands against a milestone: one verdict, decided here for every output.
 *
 * <p>A milestone still ahead is judged by the forecast distribution ({@link #of}): the probability
 * of reaching the target and where the median goes. A milestone the monitoring already holds is
 * assessed on the observed rate ({@link #assessed}): met or missed, with no forecast. The
 * initial-treatment (治理度) target, which has no forecast distribution, is judged by its pace
 * ({@link #ofPace}).
 */
public enum GapStatus implements Keyed {
    /** At or above the target at the last observation, and likely to stay there. */
    ACHIEVED,
    /** Likely to reach the target. */
    ON_TRACK,
    /** About as likely to reach it as not. */
    ACCELERATION_NEEDED,
    /** Unlikely to reach it, though the median still improves on the last observation. */
    LIMITED_PROGRESS,
    /** Unlikely to reach it, and the median falls below the last observation. */
    DETERIORATION,
    /** A passed milestone: the observed rate met the target. */
    MET,
    /** A passed milestone: the observed rate fell short of the target. */
    MISSED;

    /** The 治理度 pace rule: observed / required pace at or above this is on track. */
    static final double ON_TRACK_RATIO = 0.95;
    /** …and at or above this, acceleration needed. */
    static final double ACCELERATION_RATIO = 0.6;

    /** Whether a {@code --check} fails on this status. */
    public boolean offTrack() {
        return this == LIMITED_PROGRESS || this == DETERIORATION || this == MISSED;
    }

    /** Whether this is the assessment of a passed milestone rather than a forecast verdict. */
    public boolean assessed() {
        return this == MET || this == MISSED;
    }

    /**
     * The verdict on a milestone ahead, from the forecast distribution.
     *
     * @param metAtLastObservation whether the last observed rate is at or above the target
     * @param probability          the share of forecast paths that reach the target
     * @param medianPct            the forecast median in the milestone year
     * @param lastRatePct          the last observed rate
     */
    public static GapStatus of(boolean metAtLastObservation, double probability, double medianPct, double lastRatePct,
                               VerdictThresholds thresholds) {
        if (metAtLastObservation && probability >= thresholds.achievedP()) {
            return ACHIEVED;
        }
        if (probability >= thresholds.onTrackP()) {
            return ON_TRACK;
        }
        if (probability >= thresholds.accelerationP()) {
            return ACCELERATION_NEEDED;
        }
        return medianPct < lastRatePct ? DETERIORATION : LIMITED_PROGRESS;
    }

    /** The assessment of a passed milestone: met when the observed rate is at or above the target. */
    public static GapStatus assessed(double observedPct, double targetPct) {
        return observedPct >= targetPct ? MET : MISSED;
    }

    /**
     * The verdict on a deterministic target by its pace: the 治理度 target, for which there is no
     * forecast distribution.
     *
     * @param alreadyMet whether the target is met at the last observation
     * @param ratio      observed pace / required pace (required &gt; 0 when not met)
     */
    public static GapStatus ofPace(boolean alreadyMet, double ratio) {
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

    /** The worst of forecast or pace verdicts (deterioration worst, achieved best). */
    public static GapStatus worst(Collection<GapStatus> statuses) {
        if (statuses.stream().anyMatch(GapStatus::assessed)) {
            throw new IllegalArgumentException("met and missed are assessments, not verdicts to rank: " + statuses);
        }
        return statuses.stream().max(Comparator.naturalOrder()).orElseThrow(
                () -> new IllegalArgumentException("no status to take the worst of"));
    }
}
