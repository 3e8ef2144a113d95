package org.swcplan.model.gap;

import java.util.Objects;
import org.swcplan.model.region.Scope;

/**
 * One unit against the initial-treatment (治理度) target: the historical erosion stock all
 * initially treated by the milestone.
 *
 * @param remainingKm2       the stock still to treat (the city: the sum of its counties' shortfalls,
 *                           a county's surplus treating none of another's stock)
 * @param requiredKm2PerYear remaining stock / years to the milestone
 * @param observedKm2PerYear new treatment per year, mean of the last observed years
 * @param growthRatio        observed / required pace (the city: its lowest county's, the one that
 *                           decides its status)
 * @param untreatedAtPaceKm2 the stock that would remain untreated in the milestone year at the observed
 *                           pace (the city: the sum of its counties')
 * @param status             by the pace rule ({@link GapStatus#ofPace}); the city: its worst county's
 */
public record TreatmentGapRow(Scope unit, String nameZh, int milestone, double targetPct, int lastYear,
                              double baselineKm2, double treatedCumKm2, double degreePct, double remainingKm2,
                              double requiredKm2PerYear, double observedKm2PerYear, double growthRatio,
                              GapStatus status, double untreatedAtPaceKm2) {
    public TreatmentGapRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
    }
}
