package org.swcplan.model.allocation;

import java.util.Objects;
import org.swcplan.model.Checks;

/**
 * What to allocate: the city's 水土保持率 target for a milestone, how to share it, and how sure the
 * programme must make it.
 *
 * @param confidence          the least probability, over the projection's sample paths (k drawn per
 *                            path), that the city reaches its target: 0.5 is the median
 * @param honourCountyTargets each county's own target for the milestone (targets.csv) is a floor:
 *                            its median reaches it
 */
public record AllocationRequest(int milestone, double cityTargetPct, AllocationMethod method, double confidence,
                                boolean honourCountyTargets) {
    /** The default confidence: the median of the city's rate reaches the target. */
    public static final double MEDIAN = 0.5;
    /** The highest confidence asked for: beyond it the sample paths' tail decides alone. */
    public static final double MAX_CONFIDENCE = 0.99;

    public AllocationRequest {
        Objects.requireNonNull(method, "method");
        Checks.year("milestone", milestone);
        Checks.within("city target", cityTargetPct, 0, 100);
        if (!(confidence >= MEDIAN && confidence <= MAX_CONFIDENCE)) {
            throw new IllegalArgumentException("the confidence must be within " + MEDIAN + "–" + MAX_CONFIDENCE
                    + ", was " + confidence);
        }
    }

    /** At the median, county targets not enforced. */
    public AllocationRequest(int milestone, double cityTargetPct, AllocationMethod method) {
        this(milestone, cityTargetPct, method, MEDIAN, false);
    }
}
