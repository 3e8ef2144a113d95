package org.swcplan.model.forecast.accuracy;

/**
 * A method's accuracy over a set of series, averaged over series (M4 definitions).
 *
 * @param owa        ½ (sMAPE / sMAPE_naive + MASE / MASE_naive) on these dataset-level averages
 * @param coverage80 share of held-out values inside the nominal 80 % interval; NaN when the method
 *                   gave no intervals
 * @param scaledWidth80 mean width of the nominal 80 % interval divided by the series' in-sample naive
 *                      scale (as MASE), over series and horizons; series whose scale is 0 left out;
 *                      NaN when the method gave no intervals. A mean: on short training histories a
 *                      handful of series with exploding upper bounds (log errors, few origins) can
 *                      carry most of it, the 95 % figure above all
 */
public record MethodScore(String method, int series, double smape, double mase, double owa, double coverage80,
                          double coverage95, double scaledWidth80, double scaledWidth95) {
}
