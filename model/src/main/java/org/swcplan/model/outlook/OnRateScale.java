package org.swcplan.model.outlook;

import org.swcplan.model.forecast.ForecastMethod;

/**
 * Lets a self-bounded method (a saturating curve toward a ceiling) forecast the rate itself while
 * the rest of the machinery works on the logit of the erosion share: histories are converted to
 * rates for it, and its forecasts, capped to 0–100 %, back to the logit.
 */
final class OnRateScale implements ForecastMethod {
    private final ForecastMethod inner;

    OnRateScale(ForecastMethod inner) {
        this.inner = inner;
    }

    static ForecastMethod adapt(ForecastMethod method) {
        return method.selfBounded() ? new OnRateScale(method) : method;
    }

    @Override
    public String id() {
        return inner.id();
    }

    @Override
    public double[] forecast(double[] logitHistory, int horizon) {
        double[] rates = new double[logitHistory.length];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = RateScale.ratePct(logitHistory[i]);
        }
        double[] forecast = inner.forecast(rates, horizon);
        double[] logits = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            logits[h] = RateScale.logitOfRate(Math.min(100, Math.max(0, forecast[h])));
        }
        return logits;
    }
}
