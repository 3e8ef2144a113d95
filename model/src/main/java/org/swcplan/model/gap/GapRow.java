package org.swcplan.model.gap;

import java.util.Objects;
import org.swcplan.model.region.Scope;

/**
 * One unit against one milestone of the 水土保持率: a milestone ahead with its forecast, or a passed
 * milestone assessed on the monitoring (status {@code met} or {@code missed}; the forecast, the
 * gains and the needs are then NaN, and the last year and rate are the milestone's observed ones).
 *
 * @param targetFromCity            whether the county has no target of its own and the city's applies
 * @param forecastPct               forecast median in the milestone year
 * @param probabilityOfReaching     share of forecast paths at or above the target
 * @param gapPp                     target − forecast median (a passed milestone: − the observed rate),
 *                                  percentage points (negative: beyond target)
 * @param gapKm2                    erosion to remove beyond the forecast: land × gapPp / 100
 * @param requiredGainPpPerYear     (target − last rate) / (milestone − last year)
 * @param observedGainPpPerYear     Theil–Sen slope (median of pairwise slopes) of the rate over the years
 *                                  observed within the last {@code GapAnalysis.TREND_YEARS} years
 * @param growthRatio               observed / required gain (infinite where nothing is required)
 * @param requiredTreatmentKm2PerYear the new treatment a year for the median to reach the target:
 *                                  the BAU pace plus the additional need, km²/a
 * @param requiredCostWanPerYear    that treatment at the unit cost, 万元/a
 * @param bauTreatmentKm2PerYear    the business-as-usual pace the forecast carries, km²/a
 * @param additionalTreatmentKm2PerYear treatment beyond BAU, every year to the milestone, for the
 *                                  median to reach the target (k drawn per path)
 * @param additionalAtHighKKm2PerYear that need with k at its 90th percentile (low end)
 * @param additionalAtLowKKm2PerYear  that need with k at its 10th percentile (high end)
 * @param kP10                      k's 10th percentile (the city: erosion-weighted over counties)
 * @param kP90                      k's 90th percentile
 * @param additionalCostWanPerYear  the additional treatment at the unit cost, 万元/a
 * @param need                      the need reconciled over the rate and 治理度 targets
 */
public record GapRow(Scope unit, String nameZh, int milestone, double targetPct, boolean targetFromCity,
                     int lastYear, double lastRatePct, double forecastPct, double lo80Pct, double hi80Pct,
                     double probabilityOfReaching, double gapPp, double gapKm2, double requiredGainPpPerYear,
                     double observedGainPpPerYear, double growthRatio, double requiredTreatmentKm2PerYear,
                     double requiredCostWanPerYear, GapStatus status, double bauTreatmentKm2PerYear,
                     double additionalTreatmentKm2PerYear, double additionalAtHighKKm2PerYear,
                     double additionalAtLowKKm2PerYear, double kP10, double kP90, double additionalCostWanPerYear,
                     ReconciledNeed need) {
    public GapRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(need, "need");
    }

    /** Whether the last observed rate is at or above the target (nothing more is required of the rate). */
    public boolean metAtLastObservation() {
        return lastRatePct >= targetPct;
    }

    /** Whether this is a passed milestone, assessed on the monitoring rather than forecast. */
    public boolean assessed() {
        return status.assessed();
    }
}
