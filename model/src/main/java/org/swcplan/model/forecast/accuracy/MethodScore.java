package org.swcplan.model.forecast.accuracy;

/**
 * A method's accuracy over a set of series, averaged over series (M4 definitions).
 *
 * @param owa        ½ (sMAPE / sMAPE_naive + MASE / MASE_naive) on these dataset-level averages
 * @param coverage80 share of held-out values inside the nominal 80 % interval; NaN when the method
 *                   gave no intervals
 */
public record MethodScore(String method, int series, double smape, double mase, double owa, double coverage80,
                          double coverage95) {
}
