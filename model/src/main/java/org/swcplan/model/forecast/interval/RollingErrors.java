package org.swcplan.model.forecast.interval;

import java.util.Arrays;
import org.swcplan.model.forecast.ForecastMethod;

/**
 * Out-of-sample errors of a method on one series by rolling origin: fitted to the first o values
 * for each origin o, it forecasts the values that follow. These held-out errors, not in-sample
 * residuals, are what the intervals are built from.
 *
 * @param origins the training lengths used, ascending
 * @param errors  errors[i][h − 1] at origin {@code origins[i]} and horizon h on the error scale;
 *                NaN beyond the end of the series, or where the target is no observation
 */
public record RollingErrors(int[] origins, double[][] errors) {
    public RollingErrors {
        origins = origins.clone();
        errors = Arrays.stream(errors).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * @param minTrain   the shortest history fitted
     * @param maxOrigins at most this many origins, the latest ones
     */
    public static RollingErrors compute(double[] y, ForecastMethod method, int horizon, int minTrain,
                                        int maxOrigins, ErrorScale scale) {
        return compute(y, method, horizon, minTrain, maxOrigins, scale, null);
    }

    /**
     * As {@link #compute(double[], ForecastMethod, int, int, int, ErrorScale)}, also telling
     * {@code nonPositive[0]} whether any rolling forecast was ≤ 0 (no log-scale error then exists).
     */
    static RollingErrors compute(double[] y, ForecastMethod method, int horizon, int minTrain, int maxOrigins,
                                 ErrorScale scale, boolean[] nonPositive) {
        return compute(y, null, method, horizon, minTrain, maxOrigins, scale, nonPositive);
    }

    /**
     * As {@link #compute(double[], ForecastMethod, int, int, int, ErrorScale)}, leaving out (NaN) the
     * errors whose target value is no observation ({@code observed[t]} false; null: all are).
     */
    static RollingErrors compute(double[] y, boolean[] observed, ForecastMethod method, int horizon, int minTrain,
                                 int maxOrigins, ErrorScale scale, boolean[] nonPositive) {
        int n = y.length;
        int first = Math.max(minTrain, n - maxOrigins);
        int count = Math.max(0, n - first);
        int[] origins = new int[count];
        double[][] errors = new double[count][horizon];
        for (int i = 0; i < count; i++) {
            int o = first + i;
            origins[i] = o;
            Arrays.fill(errors[i], Double.NaN);
            int steps = Math.min(horizon, n - o);
            double[] f = method.forecast(Arrays.copyOf(y, o), steps);
            for (int h = 1; h <= steps; h++) {
                if (observed != null && !observed[o + h - 1]) {
                    continue;
                }
                errors[i][h - 1] = scale.to(y[o + h - 1]) - scale.to(f[h - 1]);
                if (nonPositive != null && !(f[h - 1] > 0)) {
                    nonPositive[0] = true;
                }
            }
        }
        return new RollingErrors(origins, errors);
    }

    public int horizon() {
        return errors.length == 0 ? 0 : errors[0].length;
    }

    public boolean isEmpty() {
        return origins.length == 0;
    }

    @Override
    public double[][] errors() {
        return Arrays.stream(errors).map(double[]::clone).toArray(double[][]::new);
    }

    double error(int originIndex, int h) {
        return errors[originIndex][h - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollingErrors other && Arrays.equals(origins, other.origins)
                && Arrays.deepEquals(errors, other.errors);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(origins) + Arrays.deepHashCode(errors);
    }

    @Override
    public String toString() {
        return "RollingErrors[" + origins.length + " origins, horizon " + horizon() + "]";
    }
}
