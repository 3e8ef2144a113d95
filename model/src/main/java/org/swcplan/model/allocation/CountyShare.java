package org.swcplan.model.allocation;

import org.swcplan.model.region.CountyCode;

/**
 * One county's share of the city's reduction.
 *
 * @param treatmentKm2PerYear new treatment needed each year: reduction / k / years
 * @param costWan             that treatment over all the years at the county's unit cost, 万元
 * @param overCapacity        the treatment exceeds the county's annual capacity
 * @param atCapacity          the treatment uses the county's whole annual capacity (a binding limit)
 */
public record CountyShare(CountyCode county, String nameZh, double lastRatePct, double targetPct,
                          double erosionReductionKm2, double treatmentKm2PerYear, double costWan,
                          double capacityKm2PerYear, boolean atCapacity, boolean overCapacity) {
}
