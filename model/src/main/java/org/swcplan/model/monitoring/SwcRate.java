package org.swcplan.model.monitoring;

import org.swcplan.model.Checks;

/** The soil and water conservation rate (水土保持率) and the erosion area a rate allows. */
public final class SwcRate {
    private SwcRate() {
    }

    /** (land − erosion) / land × 100, percent. */
    public static double percent(double landAreaKm2, double erosionKm2) {
        Checks.nonNegative("land area", landAreaKm2);
        Checks.within("erosion area", erosionKm2, 0, landAreaKm2);
        if (landAreaKm2 == 0) {
            throw new IllegalArgumentException("land area must be > 0 to compute a rate");
        }
        return (landAreaKm2 - erosionKm2) / landAreaKm2 * 100;
    }

    /** The largest erosion area, km², at which the rate still reaches {@code ratePct}. */
    public static double allowedErosionKm2(double landAreaKm2, double ratePct) {
        Checks.within("rate", ratePct, 0, 100);
        return landAreaKm2 * (1 - ratePct / 100);
    }
}
