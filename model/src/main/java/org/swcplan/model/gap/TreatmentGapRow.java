package org.swcplan.model.gap;

import java.util.Objects;
import org.swcplan.model.region.Scope;

/**
 * One unit against the initial-treatment (治理度) target: the historical erosion stock all
 * initially treated by the milestone.
 *
 * @param observedKm2PerYear new treatment per year, mean of the last observed years
 * @param requiredKm2PerYear remaining stock / years to the milestone
 */
public record TreatmentGapRow(Scope unit, String nameZh, int milestone, double targetPct, int lastYear,
                              double baselineKm2, double treatedCumKm2, double degreePct, double remainingKm2,
                              double requiredKm2PerYear, double observedKm2PerYear, double growthRatio,
                              GapStatus status) {
    public TreatmentGapRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
    }
}
