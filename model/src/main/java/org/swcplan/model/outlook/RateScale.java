package org.swcplan.model.outlook;

/**
 * The bounded transform of the 水土保持率: the logit of the erosion share (erosion / land), on
 * which forecasts are made, so that any value maps back to a rate strictly within 0–100 %.
 */
final class RateScale {
    /**
     * Erosion is kept at least this far (km²) from 0 and from the whole land area: below the
     * resolution of county monitoring, and it keeps a county that reaches 0 from producing
     * enormous errors on the logit scale.
     */
    static final double FLOOR_KM2 = 0.5;
    private static final double EDGE = 1e-9;

    private RateScale() {
    }

    static double logitShare(double erosionKm2, double landKm2) {
        double edge = Math.max(EDGE, Math.min(0.25, FLOOR_KM2 / landKm2));
        double share = Math.min(1 - edge, Math.max(edge, erosionKm2 / landKm2));
        return Math.log(share / (1 - share));
    }

    static double share(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    static double ratePct(double logit) {
        return 100 * (1 - share(logit));
    }

    static double logitOfRate(double ratePct) {
        double share = Math.min(1 - EDGE, Math.max(EDGE, 1 - ratePct / 100));
        return Math.log(share / (1 - share));
    }
}
