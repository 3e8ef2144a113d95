package org.swcplan.model.forecast.accuracy;

/**
 * Forecast accuracy measures with the M4 competition's definitions: sMAPE with absolute values in
 * the denominator, MASE scaled by the in-sample mean absolute one-step naive error (yearly data:
 * no seasonal lag).
 */
public final class Accuracy {
    private Accuracy() {
    }

    /** mean of 200 · |y − f| / (|y| + |f|) over the horizon, percent; a term with 0/0 counts 0. */
    public static double smape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sum += denominator == 0 ? 0 : 200 * Math.abs(actual[i] - forecast[i]) / denominator;
        }
        return sum / actual.length;
    }

    /** mean |y − f| over the horizon divided by {@link #naiveScale}; NaN when the scale is 0. */
    public static double mase(double[] insample, double[] actual, double[] forecast) {
        double scale = naiveScale(insample);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return scale > 0 ? sum / actual.length / scale : Double.NaN;
    }

    /** The in-sample mean absolute one-step change, mean |y_t − y_(t−1)|. */
    public static double naiveScale(double[] insample) {
        double sum = 0;
        for (int t = 1; t < insample.length; t++) {
            sum += Math.abs(insample[t] - insample[t - 1]);
        }
        return insample.length > 1 ? sum / (insample.length - 1) : 0;
    }

    /** How many actual values lie within [lo, hi]. */
    public static int covered(double[] actual, double[] lo, double[] hi) {
        int inside = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lo[i] && actual[i] <= hi[i]) {
                inside++;
            }
        }
        return inside;
    }
}
