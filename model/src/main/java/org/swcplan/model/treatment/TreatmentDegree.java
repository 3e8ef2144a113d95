package org.swcplan.model.treatment;

/** 治理度: cumulative initially-treated area as a share of the historical erosion stock. */
public final class TreatmentDegree {
    private TreatmentDegree() {
    }

    /** cumulative treated / baseline stock × 100, percent; may exceed 100. */
    public static double percent(double treatedCumKm2, double baselineErosionKm2) {
        if (!(baselineErosionKm2 > 0)) {
            throw new IllegalArgumentException("baseline erosion stock must be > 0, was " + baselineErosionKm2);
        }
        return treatedCumKm2 / baselineErosionKm2 * 100;
    }
}
