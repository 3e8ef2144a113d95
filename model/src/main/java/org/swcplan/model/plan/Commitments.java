package org.swcplan.model.plan;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.model.treatment.Baseline;

/**
 * Every quantitative commitment of the plan with its progress: the indicators of
 * {@code indicators.csv}, followed by the city targets measured from the data itself (the
 * 水土保持率 at each milestone, and the historical erosion stock initially treated).
 */
public final class Commitments {
    private Commitments() {
    }

    public static List<Commitment> of(Dataset dataset) {
        List<Commitment> all = new ArrayList<>();
        for (PlanIndicator i : dataset.indicators()) {
            all.add(commitment(i.id(), i.nameZh(), i.nameEn(), i.unit().key(), i.unitZh(), i.target(), i.deadline(),
                    i.progress(), i.progressYear(), i.source()));
        }
        if (dataset.latestCompleteYear().isEmpty()) {
            return all;
        }
        int last = dataset.latestCompleteYear().getAsInt();
        UnitStanding city = StandingAnalysis.of(dataset, last).city();
        for (Target t : dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT)) {
            all.add(commitment("swc_rate_" + t.year(), "全市水土保持率", "City soil and water conservation rate", "pct",
                    IndicatorUnit.defaultZh("pct"), t.value(), t.year(), city.swcRatePct(), last, t.source()));
        }
        double stock = dataset.baselines().stream().mapToDouble(Baseline::baselineErosionKm2).sum();
        if (city.treatedCumKm2().isPresent() && stock > 0) {
            for (Target t : dataset.targets(Scope.CITY, TargetIndicator.TREATMENT_DEGREE_PCT)) {
                all.add(commitment("initial_treatment_km2_" + t.year(), "水土流失面积全部得到初步治理",
                        "Historical erosion stock initially treated", "km2", IndicatorUnit.defaultZh("km2"),
                        stock * t.value() / 100, t.year(), city.treatedCumKm2().getAsDouble(), last, t.source()));
            }
        }
        return all;
    }

    private static Commitment commitment(String id, String nameZh, String nameEn, String unit, String unitZh,
                                         double target, int deadline, double progress, int progressYear, String source) {
        double remaining = Math.max(0, target - progress);
        int yearsLeft = deadline - progressYear;
        CommitmentStatus status = remaining == 0 ? CommitmentStatus.MET
                : yearsLeft > 0 ? CommitmentStatus.OPEN : CommitmentStatus.OVERDUE;
        return new Commitment(id, nameZh, nameEn, unit, unitZh, target, deadline, progress, progressYear, remaining,
                yearsLeft > 0 ? remaining / yearsLeft : Double.NaN, status, source);
    }
}
