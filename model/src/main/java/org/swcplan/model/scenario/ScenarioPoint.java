package org.swcplan.model.scenario;

/**
 * A unit's projected rate in one year under a treatment plan: the central projection and the
 * 80 % / 95 % intervals of the simulated paths, with the erosion and planned treatment behind it.
 */
public record ScenarioPoint(int year, double projectedPct, double lo80Pct, double hi80Pct, double lo95Pct,
                            double hi95Pct, double erosionKm2, double treatmentKm2, double costWan) {
}
