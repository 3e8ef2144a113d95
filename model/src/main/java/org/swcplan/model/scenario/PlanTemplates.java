package org.swcplan.model.scenario;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.projection.BauPace;
import org.swcplan.model.region.County;
import org.swcplan.model.treatment.Measure;

/** Ready-made plans to start a scenario from. */
public final class PlanTemplates {
    private PlanTemplates() {
    }

    /**
     * Every county keeps treating, measure by measure, at its business-as-usual pace
     * ({@link BauPace}), every year from {@code fromYear} to {@code toYear}: projected, it
     * reproduces the forecast.
     */
    public static List<PlannedTreatment> recentPace(Dataset dataset, int fromYear, int toYear) {
        List<PlannedTreatment> plan = new ArrayList<>();
        int last = dataset.latestCompleteYear().orElse(fromYear - 1);
        for (County county : dataset.counties()) {
            BauPace bau = BauPace.of(dataset, county.code(), last);
            for (Measure measure : Measure.values()) {
                double pace = bau.km2PerYearByMeasure().get(measure);
                if (pace > 0) {
                    for (int year = fromYear; year <= toYear; year++) {
                        plan.add(new PlannedTreatment(county.code(), year, measure, Math.round(pace * 100) / 100.0));
                    }
                }
            }
        }
        return plan;
    }
}
