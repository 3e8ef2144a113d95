package org.swcplan.model.scenario;

/**
 * A unit's projected rate in one year under a treatment plan: the median and the 80 % / 95 %
 * intervals of the simulated paths, the median erosion behind it, the treatment (planned, or the
 * BAU pace where the plan is silent), the part of it beyond the BAU pace, and its cost.
 */
public record ScenarioPoint(int year, double projectedPct, double lo80Pct, double hi80Pct, double lo95Pct,
                            double hi95Pct, double erosionKm2, double treatmentKm2, double extraTreatmentKm2,
                            double costWan) {
}
