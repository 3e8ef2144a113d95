package org.swcplan.model.forecast.method;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.swcplan.model.forecast.ForecastMethod;

/**
 * Exponential smoothing with additive errors: ETS(A,N,N) = simple exponential smoothing,
 * ETS(A,A,N) = Holt's linear trend, ETS(A,Ad,N) = damped trend. With additive errors and constant
 * variance, maximum likelihood is least squares of the one-step errors, so the fit minimises their
 * sum of squares: the initial level and trend exactly (the errors are affine in them), the
 * smoothing parameters numerically (Brent for one, Nelder–Mead for more), within the bounds R's
 * {@code ets()} uses: 1e-4 ≤ β ≤ α ≤ 0.9999, 0.8 ≤ φ ≤ 0.98.
 *
 * <p>Fallbacks: with fewer than 4 values a trend model gives the drift forecast; with one value
 * any model gives the naive forecast.
 */
public final class ExponentialSmoothing implements ForecastMethod {
    /** The trend component. */
    public enum Trend { NONE, LINEAR, DAMPED }

    static final double MIN_SMOOTHING = 1e-4;
    static final double MAX_SMOOTHING = 0.9999;
    static final double MIN_PHI = 0.8;
    static final double MAX_PHI = 0.98;
    private static final int MIN_LENGTH_WITH_TREND = 4;

    private final Trend trend;

    public ExponentialSmoothing(Trend trend) {
        this.trend = trend;
    }

    @Override
    public String id() {
        return switch (trend) {
            case NONE -> "ses";
            case LINEAR -> "holt";
            case DAMPED -> "damped";
        };
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        if (history.length < 2 || (trend != Trend.NONE && history.length < MIN_LENGTH_WITH_TREND)) {
            return new DriftMethod().forecast(history, horizon);
        }
        return fit(history).forecast(horizon);
    }

    /** Fits the model to {@code y} (at least 2 values; 4 with a trend). */
    public Fit fit(double[] y) {
        return switch (trend) {
            case NONE -> fitLevelOnly(y);
            case LINEAR -> fitWithTrend(y, false);
            case DAMPED -> fitWithTrend(y, true);
        };
    }

    /**
     * A fitted model.
     *
     * @param level the level after the last observation
     * @param slope the trend after the last observation (0 without trend)
     * @param sse   sum of squared one-step errors
     */
    public record Fit(double alpha, double beta, double phi, double level, double slope, double sse, int n) {
        public double[] forecast(int horizon) {
            double[] f = new double[horizon];
            double damping = 0;
            double power = 1;
            for (int h = 1; h <= horizon; h++) {
                power *= phi;
                damping += power;
                f[h - 1] = level + damping * slope;
            }
            return f;
        }
    }

    private Fit fitLevelOnly(double[] y) {
        BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-12);
        // a coarse grid first: the error surface of short series can have more than one dip
        double best = MIN_SMOOTHING;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 20; i++) {
            double a = Math.min(MAX_SMOOTHING, MIN_SMOOTHING + (MAX_SMOOTHING - MIN_SMOOTHING) * i / 20);
            double sse = run(y, a, 0, 0, false).sse();
            if (sse < bestSse) {
                bestSse = sse;
                best = a;
            }
        }
        double step = (MAX_SMOOTHING - MIN_SMOOTHING) / 20;
        UnivariatePointValuePair min = brent.optimize(new MaxEval(200), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(a -> run(y, a, 0, 0, false).sse()),
                new SearchInterval(Math.max(MIN_SMOOTHING, best - step), Math.min(MAX_SMOOTHING, best + step)));
        double alpha = min.getValue() <= bestSse ? min.getPoint() : best;
        return run(y, alpha, 0, 0, false);
    }

    private Fit fitWithTrend(double[] y, boolean damped) {
        int dims = damped ? 3 : 2;
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-12);
        ObjectiveFunction objective = new ObjectiveFunction(p -> fromUnbounded(y, p, damped).sse());
        Fit best = null;
        for (double[] start : starts(damped)) {
            try {
                PointValuePair min = optimizer.optimize(new MaxEval(4000), objective, GoalType.MINIMIZE,
                        new InitialGuess(start), new NelderMeadSimplex(dims, 1.0));
                Fit fit = fromUnbounded(y, min.getPoint(), damped);
                if (best == null || fit.sse() < best.sse()) {
                    best = fit;
                }
            } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
                // keep the best start that converged; a non-converged start is not a fit
            }
        }
        return best != null ? best : fromUnbounded(y, starts(damped)[0], damped);
    }

    /** Starting points in the unbounded parameterisation: moderate and heavy smoothing. */
    private static double[][] starts(boolean damped) {
        return damped ? new double[][] {{0, -2, 0.5}, {2, -1, 1.5}} : new double[][] {{0, -2}, {2, -1}};
    }

    /**
     * Runs the filter from given initial states (no fitting): the recursion on its own, for
     * comparison with other implementations' fitted models.
     */
    public static Fit filter(double[] y, double alpha, double beta, double phi, double level0, double slope0) {
        double level = level0;
        double slope = slope0;
        double sse = 0;
        for (double v : y) {
            double error = v - (level + phi * slope);
            sse += error * error;
            double previousSlope = slope;
            slope = phi * previousSlope + beta * error;
            level = level + phi * previousSlope + alpha * error;
        }
        return new Fit(alpha, beta, phi, level, slope, sse, y.length);
    }

    /** Maps unbounded optimiser coordinates into the admissible region, then runs the filter. */
    private static Fit fromUnbounded(double[] y, double[] p, boolean damped) {
        double alpha = MIN_SMOOTHING + (MAX_SMOOTHING - MIN_SMOOTHING) * logistic(p[0]);
        double beta = MIN_SMOOTHING + (alpha - MIN_SMOOTHING) * logistic(p[1]);
        double phi = damped ? MIN_PHI + (MAX_PHI - MIN_PHI) * logistic(p[2]) : 1;
        return run(y, alpha, beta, phi, true);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * Runs the error-correction filter with the initial states left symbolic: level and trend are
     * tracked as affine functions of (l0, b0), so the least-squares initial states come from a 2 × 2
     * system, and a second pass gives the final states.
     */
    static Fit run(double[] y, double alpha, double beta, double phi, boolean withTrend) {
        // state = constant + coefficient on l0 + coefficient on b0
        double lc = 0, ll = 1, lb = 0;
        double bc = 0, bl = 0, bb = withTrend ? 1 : 0;
        double sCC = 0, sCL = 0, sCB = 0, sLL = 0, sLB = 0, sBB = 0;
        for (double v : y) {
            double ec = v - (lc + phi * bc);
            double el = -(ll + phi * bl);
            double eb = -(lb + phi * bb);
            sCC += ec * ec;
            sCL += ec * el;
            sCB += ec * eb;
            sLL += el * el;
            sLB += el * eb;
            sBB += eb * eb;
            double nlc = lc + phi * bc + alpha * ec;
            double nll = ll + phi * bl + alpha * el;
            double nlb = lb + phi * bb + alpha * eb;
            bc = phi * bc + beta * ec;
            bl = phi * bl + beta * el;
            bb = phi * bb + beta * eb;
            lc = nlc;
            ll = nll;
            lb = nlb;
        }
        double l0;
        double b0;
        double ridge = 1e-12 * (sLL + sBB + 1);
        if (withTrend) {
            double a11 = sLL + ridge;
            double a22 = sBB + ridge;
            double det = a11 * a22 - sLB * sLB;
            l0 = (-sCL * a22 + sCB * sLB) / det;
            b0 = (-sCB * a11 + sCL * sLB) / det;
        } else {
            l0 = -sCL / (sLL + ridge);
            b0 = 0;
        }
        double sse = sCC + 2 * (l0 * sCL + b0 * sCB) + l0 * l0 * sLL + 2 * l0 * b0 * sLB + b0 * b0 * sBB;
        double level = lc + ll * l0 + lb * b0;
        double slope = bc + bl * l0 + bb * b0;
        return new Fit(alpha, beta, withTrend ? phi : 1, level, withTrend ? slope : 0, Math.max(0, sse), y.length);
    }
}
