package org.swcplan.model.forecast.method;

import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.Ols;

/**
 * The classic Theta method of the M3 competition (Assimakopoulos &amp; Nikolopoulos 2000) in the
 * form of Hyndman &amp; Billah (2003) and R's {@code thetaf()}: simple exponential smoothing of the
 * series plus half the slope b of its regression on time,
 * f(h) = SES(h) + b/2 · (h − 1 + (1 − (1 − α)^n) / α). Fewer than 3 values: the drift forecast.
 */
public final class ThetaMethod implements ForecastMethod {
    private static final int MIN_LENGTH = 3;

    @Override
    public String id() {
        return "theta";
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        int n = history.length;
        if (n < MIN_LENGTH) {
            return new DriftMethod().forecast(history, horizon);
        }
        ExponentialSmoothing.Fit ses = new ExponentialSmoothing(ExponentialSmoothing.Trend.NONE).fit(history);
        double halfSlope = Ols.trend(history).slope() / 2;
        double alpha = ses.alpha();
        double start = (1 - Math.pow(1 - alpha, n)) / alpha;
        double[] level = ses.forecast(horizon);
        return ForecastMethod.steps(horizon, h -> level[h - 1] + halfSlope * (h - 1 + start));
    }
}
