package org.swcplan.model.scenario;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/** Ready-made plans to start a scenario from. */
public final class PlanTemplates {
    /** The recent pace is the mean of this many latest years of treatment. */
    public static final int RECENT_YEARS = 3;

    private PlanTemplates() {
    }

    /**
     * Every county keeps treating, measure by measure, at its mean pace of the last
     * {@link #RECENT_YEARS} years, every year from {@code fromYear} to {@code toYear}.
     */
    public static List<PlannedTreatment> recentPace(Dataset dataset, int fromYear, int toYear) {
        List<PlannedTreatment> plan = new ArrayList<>();
        int last = dataset.latestCompleteYear().orElse(fromYear - 1);
        for (County county : dataset.counties()) {
            List<TreatmentRecord> recent = dataset.treatmentOf(county.code()).stream()
                    .filter(t -> t.year() > last - RECENT_YEARS && t.year() <= last).toList();
            for (Measure measure : Measure.values()) {
                double pace = recent.stream().mapToDouble(t -> t.newTreatedKm2ByMeasure().get(measure)).sum()
                        / RECENT_YEARS;
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
