package org.swcplan.model.scenario;

import java.util.List;
import org.swcplan.model.region.Scope;

/**
 * One county's (or the city's) projection under a plan.
 *
 * @param bauTreatmentKm2PerYear the business-as-usual pace the forecast carries, km²/a
 * @param effectivenessK         mean k (km² of erosion removed per km² treated); NaN for the city
 * @param effectivenessKSd       its spread, drawn per path; NaN for the city
 */
public record UnitScenario(Scope unit, String nameZh, double lastRatePct, double bauTreatmentKm2PerYear,
                           double effectivenessK, double effectivenessKSd, List<ScenarioPoint> points) {
    public UnitScenario {
        points = List.copyOf(points);
    }

    public ScenarioPoint at(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no projection for " + year));
    }
}
