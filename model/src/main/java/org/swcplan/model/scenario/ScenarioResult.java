package org.swcplan.model.scenario;

import java.util.ArrayList;
import java.util.List;

/** A plan's projection for every county and the city, and the milestone gaps it leaves. */
public record ScenarioResult(int lastObservedYear, List<UnitScenario> counties, UnitScenario city,
                             List<MilestoneGap> gaps, double totalTreatmentKm2, double totalCostWan, long seed,
                             String method) {
    public ScenarioResult {
        counties = List.copyOf(counties);
        gaps = List.copyOf(gaps);
    }

    /** A unit against a milestone target under the plan. */
    public record MilestoneGap(String unit, String nameZh, int milestone, double targetPct, double projectedPct,
                               double gapPp, double probabilityOfReaching) {
    }

    public List<UnitScenario> units() {
        List<UnitScenario> all = new ArrayList<>(counties);
        all.add(city);
        return all;
    }
}
