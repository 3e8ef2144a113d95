package org.swcplan.model.forecast;

/**
 * The Box-Cox transform w = (y^λ − 1) / λ (log y for λ = 0), for positive series, with λ chosen
 * in [0, 1] by the profile log-likelihood of a linear trend fitted to the transformed series, on a
 * grid of step 0.05 (as R's {@code BoxCox.lambda(method = "loglik")}).
 */
public record BoxCox(double lambda) {
    private static final double GRID_STEP = 0.05;

    public BoxCox {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be within 0..1, was " + lambda);
        }
    }

    /** Whether every value is positive, as the transform needs. */
    public static boolean applies(double[] y) {
        for (double v : y) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The λ of highest profile likelihood; {@code y} must be positive. */
    public static BoxCox chooseFor(double[] y) {
        double sumLog = 0;
        for (double v : y) {
            sumLog += Math.log(v);
        }
        double bestLambda = 1;
        double bestLogLik = Double.NEGATIVE_INFINITY;
        int steps = (int) Math.round(1 / GRID_STEP);
        for (int i = 0; i <= steps; i++) {
            double lambda = i * GRID_STEP;
            double[] w = new BoxCox(lambda).apply(y);
            double rss = Ols.trend(w).rss(w);
            double logLik = -y.length / 2.0 * Math.log(rss / y.length) + (lambda - 1) * sumLog;
            if (logLik > bestLogLik) {
                bestLogLik = logLik;
                bestLambda = lambda;
            }
        }
        return new BoxCox(bestLambda);
    }

    public double[] apply(double[] y) {
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = lambda == 0 ? Math.log(y[i]) : (Math.pow(y[i], lambda) - 1) / lambda;
        }
        return w;
    }

    /** The inverse; values below the transform's range map to 0. */
    public double[] invert(double[] w) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            if (lambda == 0) {
                y[i] = Math.exp(w[i]);
            } else {
                double base = lambda * w[i] + 1;
                y[i] = base <= 0 ? 0 : Math.pow(base, 1 / lambda);
            }
        }
        return y;
    }
}
