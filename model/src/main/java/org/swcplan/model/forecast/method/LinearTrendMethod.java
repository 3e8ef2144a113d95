package org.swcplan.model.forecast.method;

import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.Ols;

/** The least-squares straight line through the history, extended. One value: flat. */
public final class LinearTrendMethod implements ForecastMethod {
    @Override
    public String id() {
        return "linear";
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        Ols fit = Ols.trend(history);
        return ForecastMethod.steps(horizon, h -> fit.at(history.length - 1 + h));
    }
}
