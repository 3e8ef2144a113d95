package org.swcplan.model.monitoring;

import org.swcplan.model.Checks;

/**
 * Water-erosion area by SL 190-2007 intensity class, km². 微度 (slight) is not erosion and is not
 * part of this record.
 */
public record ErosionByClass(double lightKm2, double moderateKm2, double intenseKm2, double veryIntenseKm2,
                             double severeKm2) {
    public static final ErosionByClass NONE = new ErosionByClass(0, 0, 0, 0, 0);

    public ErosionByClass {
        Checks.nonNegative("erosion_light_km2", lightKm2);
        Checks.nonNegative("erosion_moderate_km2", moderateKm2);
        Checks.nonNegative("erosion_intense_km2", intenseKm2);
        Checks.nonNegative("erosion_very_intense_km2", veryIntenseKm2);
        Checks.nonNegative("erosion_severe_km2", severeKm2);
    }

    /** Total water-erosion area: 轻度 and above. */
    public double totalKm2() {
        return lightKm2 + moderateKm2 + intenseKm2 + veryIntenseKm2 + severeKm2;
    }

    public double km2(IntensityClass intensity) {
        return switch (intensity) {
            case LIGHT -> lightKm2;
            case MODERATE -> moderateKm2;
            case INTENSE -> intenseKm2;
            case VERY_INTENSE -> veryIntenseKm2;
            case SEVERE -> severeKm2;
        };
    }

    public ErosionByClass plus(ErosionByClass other) {
        return new ErosionByClass(lightKm2 + other.lightKm2, moderateKm2 + other.moderateKm2,
                intenseKm2 + other.intenseKm2, veryIntenseKm2 + other.veryIntenseKm2, severeKm2 + other.severeKm2);
    }
}
