package org.swcplan.model.forecast.method;

import org.swcplan.model.forecast.ForecastMethod;

/**
 * Random walk with drift: the last value plus h times the average change over the history
 * (R's {@code rwf(drift = TRUE)}). One value: the naive forecast.
 */
public final class DriftMethod implements ForecastMethod {
    @Override
    public String id() {
        return "drift";
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        int n = history.length;
        double last = history[n - 1];
        double drift = n > 1 ? (last - history[0]) / (n - 1) : 0;
        return ForecastMethod.steps(horizon, h -> last + h * drift);
    }
}
