package org.swcplan.model.gap;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentLedger;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * The initial-treatment (治理度) target, by default 100 % of the historical erosion stock by 2030,
 * applied to every county's own stock. It is deterministic (no forecast distribution), so a county
 * is judged by its pace; the city only as well as its furthest-behind county, since one county's
 * surplus treats none of another's stock.
 */
final class TreatmentDegreeGaps {
    private TreatmentDegreeGaps() {
    }

    /** The counties' rows (in code order) and the city's, for each 治理度 target after the last observation. */
    static List<TreatmentGapRow> of(Dataset dataset) {
        List<Target> targets = dataset.targets(Scope.CITY, TargetIndicator.TREATMENT_DEGREE_PCT);
        int last = dataset.latestCompleteYear().orElse(0);
        List<TreatmentGapRow> rows = new ArrayList<>();
        if (dataset.baselines().size() != dataset.counties().size()) {
            return rows;
        }
        for (Target target : targets) {
            if (target.year() <= last) {
                continue;
            }
            List<TreatmentGapRow> counties = new ArrayList<>();
            for (County county : dataset.counties()) {
                Baseline baseline = dataset.baseline(county.code()).orElseThrow();
                List<TreatmentRecord> records = dataset.treatmentOf(county.code());
                double treated = TreatmentLedger.cumulativeKm2(baseline, records, last).orElse(baseline.treatedCumKm2());
                counties.add(countyRow(county, target, last, baseline.baselineErosionKm2(), treated,
                        pace(records, last)));
            }
            rows.addAll(counties);
            rows.add(cityRow(counties, target, last));
        }
        return rows;
    }

    /**
     * A county's 治理度 need for a rate milestone, km²/a: the largest yearly pace that a 治理度 target
     * in or after the milestone year asks of it (remaining stock / years to that target); 0 where no
     * such target remains (a milestone after the 治理度 target year follows a programme that has
     * treated the stock by then).
     */
    static double needKm2PerYear(List<TreatmentGapRow> rows, Scope county, int milestone) {
        return rows.stream().filter(r -> r.unit().equals(county) && r.milestone() >= milestone)
                .mapToDouble(TreatmentGapRow::requiredKm2PerYear).max().orElse(0);
    }

    private static TreatmentGapRow countyRow(County county, Target target, int last, double stock, double treated,
                                             double pace) {
        double goal = stock * target.value() / 100;
        double remaining = Math.max(0, goal - treated);
        int years = target.year() - last;
        double required = remaining / years;
        double ratio = required == 0 ? Double.NaN : pace / required;
        return new TreatmentGapRow(county.code(), county.nameZh(), target.year(), target.value(), last, stock, treated,
                treated / stock * 100, remaining, required, pace, ratio, GapStatus.ofPace(treated >= goal, ratio),
                Math.max(0, remaining - pace * years));
    }

    /**
     * The city: its counties' stocks, treated areas, shortfalls and paces summed; the ratio of its
     * lowest county and the worst county's status.
     */
    private static TreatmentGapRow cityRow(List<TreatmentGapRow> counties, Target target, int last) {
        double stock = counties.stream().mapToDouble(TreatmentGapRow::baselineKm2).sum();
        double treated = counties.stream().mapToDouble(TreatmentGapRow::treatedCumKm2).sum();
        double remaining = counties.stream().mapToDouble(TreatmentGapRow::remainingKm2).sum();
        double ratio = counties.stream().mapToDouble(TreatmentGapRow::growthRatio).filter(Double::isFinite).min()
                .orElse(Double.NaN);
        return new TreatmentGapRow(Scope.CITY, StandingAnalysis.CITY_NAME_ZH, target.year(), target.value(), last, stock,
                treated, treated / stock * 100, remaining, remaining / (target.year() - last),
                counties.stream().mapToDouble(TreatmentGapRow::observedKm2PerYear).sum(), ratio,
                GapStatus.worst(counties.stream().map(TreatmentGapRow::status).toList()),
                counties.stream().mapToDouble(TreatmentGapRow::untreatedAtPaceKm2).sum());
    }

    /** New treatment per year: the mean of the last {@link GapAnalysis#TREATMENT_PACE_YEARS} years. */
    private static double pace(List<TreatmentRecord> records, int last) {
        return records.stream().filter(r -> r.year() > last - GapAnalysis.TREATMENT_PACE_YEARS && r.year() <= last)
                .mapToDouble(TreatmentRecord::newTreatedKm2).sum() / GapAnalysis.TREATMENT_PACE_YEARS;
    }
}
