package org.swcplan.model.scenario;

import java.util.List;
import org.swcplan.model.region.Scope;

/**
 * One county's (or the city's) projection under a plan.
 *
 * @param driftKm2PerYear the erosion change a year without treatment, km² (negative: improving)
 * @param effectivenessK  km² of erosion removed per km² treated, as used
 */
public record UnitScenario(Scope unit, String nameZh, double lastRatePct, double driftKm2PerYear,
                           double effectivenessK, List<ScenarioPoint> points) {
    public UnitScenario {
        points = List.copyOf(points);
    }

    public ScenarioPoint at(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no projection for " + year));
    }
}
