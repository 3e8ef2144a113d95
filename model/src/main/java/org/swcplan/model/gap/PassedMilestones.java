package org.swcplan.model.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.LandErosion;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;

/**
 * A milestone the monitoring already holds is assessed, not forecast: the observed rate of each
 * county and of the city in the milestone year against its target, met or missed and by how much.
 */
final class PassedMilestones {
    private PassedMilestones() {
    }

    /**
     * The counties' rows (in code order) and the city's.
     *
     * @throws IllegalArgumentException when not every county was monitored in the milestone year
     */
    static List<GapRow> assess(Dataset dataset, int milestone, double cityTarget) {
        if (!dataset.isComplete(milestone)) {
            throw new IllegalArgumentException("milestone " + milestone
                    + " has passed but not every county was monitored in it: it can be neither assessed nor forecast");
        }
        List<GapRow> rows = new ArrayList<>();
        for (County county : dataset.counties()) {
            OptionalDouble own = GapAnalysis.countyTarget(dataset, county.code(), milestone);
            rows.add(row(county.code(), county.nameZh(), milestone, own.orElse(cityTarget), own.isEmpty(),
                    dataset.record(county.code(), milestone).orElseThrow().areas()));
        }
        rows.add(row(Scope.CITY, StandingAnalysis.CITY_NAME_ZH, milestone, cityTarget, false,
                StandingAnalysis.of(dataset, milestone).city().areas()));
        return rows;
    }

    private static GapRow row(Scope unit, String nameZh, int milestone, double target, boolean fromCity,
                              LandErosion observed) {
        double rate = observed.swcRatePct();
        double gapPp = target - rate;
        double none = Double.NaN;
        return new GapRow(unit, nameZh, milestone, target, fromCity, milestone, rate, none, none, none, none, gapPp,
                observed.landAreaKm2() * gapPp / 100, none, none, none, none, none, GapStatus.assessed(rate, target),
                none, none, none, none, none, none, none, ReconciledNeed.NONE);
    }
}
