package org.swcplan.model.forecast.interval;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/**
 * Simulated future paths of one series: values[p][h − 1] for path p at horizon h, on the series'
 * own scale. Quantiles across paths give the forecast median and intervals.
 */
public final class SamplePaths {
    private final double[][] values;

    public SamplePaths(double[][] values) {
        this.values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    public int paths() {
        return values.length;
    }

    public int horizon() {
        return values.length == 0 ? 0 : values[0].length;
    }

    public double value(int path, int h) {
        return values[path][h - 1];
    }

    /** All paths' values at horizon h, sorted ascending. */
    public double[] sortedAt(int h) {
        double[] column = new double[values.length];
        for (int p = 0; p < values.length; p++) {
            column[p] = values[p][h - 1];
        }
        Arrays.sort(column);
        return column;
    }

    /** The p-quantile (0 ≤ p ≤ 1) at horizon h, interpolated between order statistics (R's type 7). */
    public double quantile(int h, double p) {
        return Quantiles.of(sortedAt(h), p);
    }

    /** The share of paths whose value at horizon h satisfies {@code test}. */
    public double share(int h, DoublePredicate test) {
        int hits = 0;
        for (double[] path : values) {
            if (test.test(path[h - 1])) {
                hits++;
            }
        }
        return values.length == 0 ? Double.NaN : (double) hits / values.length;
    }
}
