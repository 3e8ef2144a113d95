package org.swcplan.model.gap;

import java.util.Objects;
import org.swcplan.model.region.Scope;

/**
 * One unit against one milestone of the 水土保持率.
 *
 * @param targetFromCity            whether the county has no target of its own and the city's applies
 * @param forecastPct               forecast median in the milestone year
 * @param probabilityOfReaching     share of forecast paths at or above the target
 * @param gapPp                     target − forecast median, percentage points (negative: beyond target)
 * @param gapKm2                    erosion to remove beyond the forecast: land × gapPp / 100
 * @param requiredGainPpPerYear     (target − last rate) / (milestone − last year)
 * @param observedGainPpPerYear     Theil–Sen slope (median of pairwise slopes) of the rate over the years
 *                                  observed within the last {@code GapAnalysis.TREND_YEARS} years
 * @param growthRatio               observed / required gain (infinite where nothing is required)
 * @param requiredTreatmentKm2PerYear erosion to remove from the last observation / k / years
 * @param requiredCostWanPerYear    that treatment at the county's unit cost, 万元/a
 */
public record GapRow(Scope unit, String nameZh, int milestone, double targetPct, boolean targetFromCity,
                     int lastYear, double lastRatePct, double forecastPct, double lo80Pct, double hi80Pct,
                     double probabilityOfReaching, double gapPp, double gapKm2, double requiredGainPpPerYear,
                     double observedGainPpPerYear, double growthRatio, double requiredTreatmentKm2PerYear,
                     double requiredCostWanPerYear, GapStatus status) {
    public GapRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
    }
}
