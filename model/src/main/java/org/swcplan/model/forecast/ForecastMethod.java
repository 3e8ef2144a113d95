package org.swcplan.model.forecast;

import java.util.function.IntToDoubleFunction;

/**
 * A point-forecasting method for short annual series. Implementations never throw for a series
 * they cannot fit (too short, flat, non-positive where they need positive values): they fall back
 * to a simpler method, as each documents.
 */
public interface ForecastMethod {
    /** The method's name on the command line and in outputs. */
    String id();

    /**
     * @param history the observed values, oldest first, at least one, all finite
     * @param horizon how many steps ahead, at least one
     * @return the point forecasts for steps 1..horizon
     */
    double[] forecast(double[] history, int horizon);

    /**
     * Whether the method bounds its forecasts itself (a saturating curve toward a ceiling). Such a
     * method is given the rate itself when forecasting the 水土保持率; the others are given the
     * logit of the erosion share, which keeps any forecast within 0–100 %.
     */
    default boolean selfBounded() {
        return false;
    }

    /** The forecasts for steps 1..horizon, each {@code step} of its h. */
    static double[] steps(int horizon, IntToDoubleFunction step) {
        double[] f = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            f[h - 1] = step.applyAsDouble(h);
        }
        return f;
    }
}
