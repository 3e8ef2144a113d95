package org.swcplan.model.forecast.method;

import org.swcplan.model.forecast.ForecastMethod;

/** The last value, carried forward (the M-competitions' Naive2 for yearly data). */
public final class NaiveMethod implements ForecastMethod {
    @Override
    public String id() {
        return "naive";
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        double last = history[history.length - 1];
        return ForecastMethod.steps(horizon, h -> last);
    }
}
