package org.swcplan.model.forecast;

import java.util.Arrays;

/**
 * The Theil–Sen slope: the median of the slopes (y_j − y_i) / (t_j − t_i) over all pairs of
 * points. A single step or outlier moves it far less than it moves a least-squares slope (its
 * breakdown point is about 29 %), and it takes the actual times, so uneven spacing needs no
 * filling in.
 */
public final class TheilSen {
    private TheilSen() {
    }

    /**
     * @param t times (e.g. years), in any order
     * @param y values at those times
     * @return the median pairwise slope; 0 when fewer than two distinct times are given (a flat line)
     */
    public static double slope(double[] t, double[] y) {
        if (t.length != y.length) {
            throw new IllegalArgumentException("times and values differ in length: " + t.length + " and " + y.length);
        }
        double[] slopes = new double[t.length * (t.length - 1) / 2];
        int count = 0;
        for (int i = 0; i < t.length; i++) {
            for (int j = i + 1; j < t.length; j++) {
                if (t[j] != t[i]) {
                    slopes[count++] = (y[j] - y[i]) / (t[j] - t[i]);
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        return median(Arrays.copyOf(slopes, count));
    }

    /** The median of values in any order: the middle one, or the mean of the two middle ones. */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
