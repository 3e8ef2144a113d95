package org.swcplan.model.forecast.interval;

/** Sample quantiles. */
public final class Quantiles {
    private Quantiles() {
    }

    /** R's type 7: linear interpolation between the order statistics of a sorted sample. */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        if (fraction == 0 || sorted[above] == sorted[below]) {
            return sorted[below];
        }
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
