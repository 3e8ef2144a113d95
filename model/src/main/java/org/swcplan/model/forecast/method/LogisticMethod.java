package org.swcplan.model.forecast.method;

import java.util.Arrays;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.swcplan.model.forecast.BoxCox;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.Ols;

/**
 * A saturating curve: the logistic y(t) = C / (1 + exp(−r (t − t0))), rising toward the ceiling
 * C (r &gt; 0) or falling toward 0 (r &lt; 0), fitted by Levenberg–Marquardt from a start given by a
 * straight line through logit(y / C₀) with C₀ just above the largest value. Fewer than 4 values,
 * a value ≤ 0, a fit that fails, or one that is not a rise toward a ceiling at or above the
 * largest value (r ≤ 0 or C below the data): the linear trend.
 */
public final class LogisticMethod implements ForecastMethod {
    private static final int MIN_LENGTH = 4;
    /** The starting ceiling sits this far above the largest observation. */
    private static final double START_HEADROOM = 1.05;

    @Override
    public String id() {
        return "logistic";
    }

    @Override
    public boolean selfBounded() {
        return true;
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        double[] fallback = new LinearTrendMethod().forecast(history, horizon);
        if (history.length < MIN_LENGTH || !BoxCox.applies(history)) {
            return fallback;
        }
        double[] params;
        try {
            params = fit(history);
        } catch (RuntimeException e) {
            // Commons Math signals non-convergence with unchecked exceptions
            return fallback;
        }
        if (!(params[1] > 0) || Math.exp(params[0]) < max(history)) {
            return fallback;
        }
        double[] f = ForecastMethod.steps(horizon, h -> curve(params, history.length - 1 + h));
        return Arrays.stream(f).allMatch(Double::isFinite) ? f : fallback;
    }

    /** @return {log C, r, t0} */
    static double[] fit(double[] y) {
        double ceiling = max(y) * START_HEADROOM;
        double[] logit = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            logit[t] = Math.log(y[t] / (ceiling - y[t]));
        }
        Ols line = Ols.trend(logit);
        double r = line.slope() == 0 ? 1e-3 : line.slope();
        double[] start = {Math.log(ceiling), r, -line.intercept() / r};
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(start)
                .target(y)
                .model(point -> valueAndJacobian(point, y.length))
                .maxEvaluations(2000)
                .maxIterations(2000)
                .build());
        return optimum.getPoint().toArray();
    }

    private static Pair<RealVector, RealMatrix> valueAndJacobian(RealVector point, int n) {
        double[] p = point.toArray();
        double c = Math.exp(p[0]);
        double[] values = new double[n];
        double[][] jacobian = new double[n][3];
        for (int t = 0; t < n; t++) {
            double e = Math.exp(-p[1] * (t - p[2]));
            double d = 1 + e;
            values[t] = c / d;
            jacobian[t][0] = c / d;
            jacobian[t][1] = c * e * (t - p[2]) / (d * d);
            jacobian[t][2] = -c * e * p[1] / (d * d);
        }
        return new Pair<>(new ArrayRealVector(values), new Array2DRowRealMatrix(jacobian, false));
    }

    static double curve(double[] p, double t) {
        return Math.exp(p[0]) / (1 + Math.exp(-p[1] * (t - p[2])));
    }

    private static double max(double[] y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            max = Math.max(max, v);
        }
        return max;
    }
}
