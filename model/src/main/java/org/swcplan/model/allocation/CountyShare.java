package org.swcplan.model.allocation;

import org.swcplan.model.region.CountyCode;

/**
 * One county's share of the city's reduction.
 *
 * @param lastRatePct         the rate in the last observed year
 * @param targetPct           the rate in the milestone year with the reduction: BAU forecast plus the programme
 * @param erosionReductionKm2 erosion removed beyond the BAU forecast by the milestone, km²
 * @param treatmentKm2PerYear treatment needed each year beyond the BAU pace: reduction / k / years
 * @param costWan             that treatment over all the years at the county's unit cost, 万元
 * @param capacityKm2PerYear  the county's whole annual capacity (its BAU pace included)
 * @param overCapacity        BAU pace plus the treatment exceeds the county's annual capacity
 * @param atCapacity          they use the county's whole annual capacity (a binding limit)
 * @param bauRatePct          the BAU forecast median in the milestone year
 * @param bauTreatmentKm2PerYear the BAU pace of treatment, km²/a
 * @param treatmentAtHighKKm2PerYear the treatment with k at its 90th percentile (low end)
 * @param treatmentAtLowKKm2PerYear  the treatment with k at its 10th percentile (high end)
 * @param costAtLowKWan       the cost with k at its 10th percentile, 万元
 */
public record CountyShare(CountyCode county, String nameZh, double lastRatePct, double targetPct,
                          double erosionReductionKm2, double treatmentKm2PerYear, double costWan,
                          double capacityKm2PerYear, boolean atCapacity, boolean overCapacity, double bauRatePct,
                          double bauTreatmentKm2PerYear, double treatmentAtHighKKm2PerYear,
                          double treatmentAtLowKKm2PerYear, double costAtLowKWan) {
}
